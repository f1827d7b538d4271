; Inno Setup 6.3+ script: the Windows installer for QA Desktop.
;
; `python packaging\build.py --installer` compiles it with the version from pyproject.toml; by hand:
;   iscc /DAppVersion=0.1.0 packaging\windows\qa-desktop.iss
; Output: packaging\dist\qa-desktop-<version>-setup.exe
;
; Per-user install by default (no administrator rights needed; IT can choose "all users" or run
; `qa-desktop-<version>-setup.exe /ALLUSERS /VERYSILENT` for a managed roll-out).
; Upgrades: the same AppId finds the previous installation, replaces the program files and keeps
; the user's database, recordings and settings, which live in %LOCALAPPDATA%\QA Desktop and
; %APPDATA%\QA Desktop, outside {app}; the uninstaller leaves them in place too.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BuildDir
  #define BuildDir "..\dist\qa-desktop"
#endif
#define AppName "QA Desktop"
#define AppPublisher "QA Desktop"
#define GuiExe "QA Desktop.exe"

[Setup]
; Never change the AppId: it is how an upgrade recognises the installed version.
AppId={{5B0C8E6A-3C2F-4E59-9A8E-2D7F1C4B6A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=qa-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\qa-desktop.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running copy holds its DLLs open: ask to close it before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Remove the previous version's bundled libraries so none of them lingers next to the new ones.
; Only the program folder is touched; user data is elsewhere (see the header).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Comment: "Call-centre quality evaluation"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
