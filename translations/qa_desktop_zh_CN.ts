<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>App</name>
        <message>
            <source>Cannot open the database</source>
            <translation>无法打开数据库</translation>
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
            <translation>意外错误:{0}</translation>
        </message>
        <message>
            <source>The database {path} cannot be found. Check the path, or that the network drive is connected.</source>
            <translation>找不到数据库 {path}。请检查路径,或确认网络驱动器已连接。</translation>
        </message>
        <message>
            <source>The database {path} is read-only. Ask for write access to the file and its folder, or choose another database.</source>
            <translation>数据库 {path} 为只读。请申请该文件及其文件夹的写入权限,或选择其他数据库。</translation>
        </message>
        <message>
            <source>{path} is not a QA Desktop database. Nothing was changed.</source>
            <translation>{path} 不是质检工作台数据库。未做任何更改。</translation>
        </message>
        <message>
            <source>The database {path} was made by a newer version of QA Desktop. Install the newer version; nothing was changed.</source>
            <translation>数据库 {path} 由更新版本的质检工作台创建。请安装新版本;未做任何更改。</translation>
        </message>
        <message>
            <source>The database {path} is busy: another evaluator or machine is saving. Try again in a moment; your work is kept.</source>
            <translation>数据库 {path} 正忙:其他质检员或电脑正在保存。请稍后重试;您的工作已保留。</translation>
        </message>
        <message>
            <source>The database {path} cannot be reached. Check the network connection.</source>
            <translation>无法访问数据库 {path}。请检查网络连接。</translation>
        </message>
        <message>
            <source>Someone else saved this record in the meantime. Nothing was overwritten: reload it and apply your change again.</source>
            <translation>在此期间其他人已保存了这条记录。没有任何内容被覆盖:请重新载入后再次修改。</translation>
        </message>
        <message>
            <source>You are not allowed to do this: {reason}</source>
            <translation>您无权执行此操作:{reason}</translation>
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
            <translation>欢迎使用质检工作台</translation>
        </message>
        <message>
            <source>Tell QA Desktop who you are. Your evaluations are saved under this name.</source>
            <translation>请告诉质检工作台您是谁。您的评分将以此名义保存。</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>显示名称</translation>
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
            <translation>质检工作台</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>Open database…</source>
            <translation>打开数据库…</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>载入演示数据</translation>
        </message>
        <message>
            <source>Back up database…</source>
            <translation>备份数据库…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>About QA Desktop</source>
            <translation>关于质检工作台</translation>
        </message>
        <message>
            <source>shared</source>
            <translation>共享</translation>
        </message>
        <message>
            <source>local</source>
            <translation>本地</translation>
        </message>
        <message>
            <source>Database: {0} ({1}) · User: {2}</source>
            <translation>数据库:{0}({1})· 用户:{2}</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <source>QA Desktop database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>质检工作台数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Creating teams, agents, calls and recordings…</source>
            <translation>正在创建班组、坐席、通话和录音…</translation>
        </message>
        <message>
            <source>Demo data loaded.</source>
            <translation>演示数据已载入。</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>演示数据</translation>
        </message>
        <message>
            <source>Back up database</source>
            <translation>备份数据库</translation>
        </message>
        <message>
            <source>SQLite database (*.sqlite3)</source>
            <translation>SQLite 数据库 (*.sqlite3)</translation>
        </message>
        <message>
            <source>Copying…</source>
            <translation>正在复制…</translation>
        </message>
        <message>
            <source>Backup written to {0}</source>
            <translation>备份已写入 {0}</translation>
        </message>
        <message>
            <source>{0} {1}
Offline, keyboard-first quality evaluation for call centres.</source>
            <translation>{0} {1}
离线、键盘优先的呼叫中心质检工具。</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Work queue</source>
            <translation>工作队列</translation>
        </message>
        <message>
            <source>Call library</source>
            <translation>录音库</translation>
        </message>
        <message>
            <source>Scoring forms</source>
            <translation>评分表</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>抽检</translation>
        </message>
        <message>
            <source>Reviews and disputes</source>
            <translation>复核与申诉</translation>
        </message>
        <message>
            <source>Coaching</source>
            <translation>辅导</translation>
        </message>
        <message>
            <source>Calibration</source>
            <translation>校准</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报告</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>QA evaluator</source>
            <translation>质检员</translation>
        </message>
        <message>
            <source>QA lead</source>
            <translation>质检组长</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>班组长</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>运营经理</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>File or URL</source>
            <translation>文件或 URL</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Shared file on a network drive (several evaluators)</source>
            <translation>网络驱动器上的共享文件(多名质检员)</translation>
        </message>
        <message>
            <source>A shared file is opened without WAL and with locking and retries, so that evaluators on several machines can save safely. A team that outgrows a shared file enters a postgresql:// URL here.</source>
            <translation>共享文件以不使用 WAL、带锁定与重试的方式打开,多台电脑上的质检员可以安全保存。团队规模超出共享文件时,可在此输入 postgresql:// 地址。</translation>
        </message>
        <message>
            <source>Use my local database</source>
            <translation>使用我的本地数据库</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Current user</source>
            <translation>当前用户</translation>
        </message>
        <message>
            <source>Signed in as</source>
            <translation>登录身份</translation>
        </message>
        <message>
            <source>Choose a database file</source>
            <translation>选择数据库文件</translation>
        </message>
        <message>
            <source>QA Desktop database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>质检工作台数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>UnavailablePage</name>
        <message>
            <source>This part of QA Desktop is not included in this build.</source>
            <translation>此版本未包含质检工作台的这一部分。</translation>
        </message>
    </context>
</TS>
