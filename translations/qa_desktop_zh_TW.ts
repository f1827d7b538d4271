<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>App</name>
        <message>
            <source>Cannot open the database</source>
            <translation>無法開啟資料庫</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Unexpected error: {0}</source>
            <translation>意外錯誤:{0}</translation>
        </message>
        <message>
            <source>The database {path} cannot be found. Check the path, or that the network drive is connected.</source>
            <translation>找不到資料庫 {path}。請檢查路徑,或確認網路磁碟已連線。</translation>
        </message>
        <message>
            <source>The database {path} is read-only. Ask for write access to the file and its folder, or choose another database.</source>
            <translation>資料庫 {path} 為唯讀。請申請該檔案及其資料夾的寫入權限,或選擇其他資料庫。</translation>
        </message>
        <message>
            <source>{path} is not a QA Desktop database. Nothing was changed.</source>
            <translation>{path} 不是質檢工作台資料庫。未做任何變更。</translation>
        </message>
        <message>
            <source>The database {path} was made by a newer version of QA Desktop. Install the newer version; nothing was changed.</source>
            <translation>資料庫 {path} 由較新版本的質檢工作台建立。請安裝新版本;未做任何變更。</translation>
        </message>
        <message>
            <source>The database {path} is busy: another evaluator or machine is saving. Try again in a moment; your work is kept.</source>
            <translation>資料庫 {path} 忙碌中:其他質檢員或電腦正在儲存。請稍後重試;您的工作已保留。</translation>
        </message>
        <message>
            <source>The database {path} cannot be reached. Check the network connection.</source>
            <translation>無法存取資料庫 {path}。請檢查網路連線。</translation>
        </message>
        <message>
            <source>Someone else saved this record in the meantime. Nothing was overwritten: reload it and apply your change again.</source>
            <translation>在此期間其他人已儲存了這筆記錄。沒有任何內容被覆寫:請重新載入後再次修改。</translation>
        </message>
        <message>
            <source>You are not allowed to do this: {reason}</source>
            <translation>您無權執行此操作:{reason}</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to QA Desktop</source>
            <translation>歡迎使用質檢工作台</translation>
        </message>
        <message>
            <source>Tell QA Desktop who you are. Your evaluations are saved under this name.</source>
            <translation>請告訴質檢工作台您是誰。您的評分將以此名義保存。</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登入名稱</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>顯示名稱</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>QA Desktop</source>
            <translation>質檢工作台</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>Open database…</source>
            <translation>開啟資料庫…</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>載入示範資料</translation>
        </message>
        <message>
            <source>Back up database…</source>
            <translation>備份資料庫…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>結束</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <source>About QA Desktop</source>
            <translation>關於質檢工作台</translation>
        </message>
        <message>
            <source>shared</source>
            <translation>共用</translation>
        </message>
        <message>
            <source>local</source>
            <translation>本機</translation>
        </message>
        <message>
            <source>Database: {0} ({1}) · User: {2}</source>
            <translation>資料庫:{0}({1})· 使用者:{2}</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>開啟資料庫</translation>
        </message>
        <message>
            <source>QA Desktop database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>質檢工作台資料庫 (*.sqlite3 *.sqlite *.db);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Creating teams, agents, calls and recordings…</source>
            <translation>正在建立班組、座席、通話和錄音…</translation>
        </message>
        <message>
            <source>Demo data loaded.</source>
            <translation>示範資料已載入。</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>示範資料</translation>
        </message>
        <message>
            <source>Back up database</source>
            <translation>備份資料庫</translation>
        </message>
        <message>
            <source>SQLite database (*.sqlite3)</source>
            <translation>SQLite 資料庫 (*.sqlite3)</translation>
        </message>
        <message>
            <source>Copying…</source>
            <translation>正在複製…</translation>
        </message>
        <message>
            <source>Backup written to {0}</source>
            <translation>備份已寫入 {0}</translation>
        </message>
        <message>
            <source>{0} {1}
Offline, keyboard-first quality evaluation for call centres.</source>
            <translation>{0} {1}
離線、鍵盤優先的客服中心質檢工具。</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Work queue</source>
            <translation>工作佇列</translation>
        </message>
        <message>
            <source>Call library</source>
            <translation>錄音庫</translation>
        </message>
        <message>
            <source>Scoring forms</source>
            <translation>評分表</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>抽檢</translation>
        </message>
        <message>
            <source>Reviews and disputes</source>
            <translation>複核與申訴</translation>
        </message>
        <message>
            <source>Coaching</source>
            <translation>輔導</translation>
        </message>
        <message>
            <source>Calibration</source>
            <translation>校準</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>報告</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>QA evaluator</source>
            <translation>質檢員</translation>
        </message>
        <message>
            <source>QA lead</source>
            <translation>質檢組長</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>班組長</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>營運經理</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>介面語言</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>資料庫</translation>
        </message>
        <message>
            <source>File or URL</source>
            <translation>檔案或 URL</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>瀏覽…</translation>
        </message>
        <message>
            <source>Shared file on a network drive (several evaluators)</source>
            <translation>網路磁碟上的共用檔案(多名質檢員)</translation>
        </message>
        <message>
            <source>A shared file is opened without WAL and with locking and retries, so that evaluators on several machines can save safely. A team that outgrows a shared file enters a postgresql:// URL here.</source>
            <translation>共用檔案以不使用 WAL、帶鎖定與重試的方式開啟,多台電腦上的質檢員可以安全儲存。團隊規模超出共用檔案時,可在此輸入 postgresql:// 位址。</translation>
        </message>
        <message>
            <source>Use my local database</source>
            <translation>使用我的本機資料庫</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開啟</translation>
        </message>
        <message>
            <source>Current user</source>
            <translation>目前使用者</translation>
        </message>
        <message>
            <source>Signed in as</source>
            <translation>登入身分</translation>
        </message>
        <message>
            <source>Choose a database file</source>
            <translation>選擇資料庫檔案</translation>
        </message>
        <message>
            <source>QA Desktop database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>質檢工作台資料庫 (*.sqlite3 *.sqlite *.db);;所有檔案 (*)</translation>
        </message>
    </context>
    <context>
        <name>UnavailablePage</name>
        <message>
            <source>This part of QA Desktop is not included in this build.</source>
            <translation>此版本未包含質檢工作台的這一部分。</translation>
        </message>
    </context>
</TS>
