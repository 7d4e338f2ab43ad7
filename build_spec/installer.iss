; Inno Setup 6 script for Labour Network Desk. Plain ASCII on purpose (the compiler reads
; a script without a BOM in the ANSI code page).
;
;   python dev.py bundle                  (builds dist\LabourNetworkDesk-<version>\)
;   iscc /DAppVersion=<version> build_spec\installer.iss
;
; Output: dist\installer\LabourNetworkDesk-<version>-setup.exe
;
; - Installs for all users (Program Files, needs an administrator) or for the current user
;   only (no administrator): the setup asks (PrivilegesRequiredOverridesAllowed=dialog), and
;   `/ALLUSERS` or `/CURRENTUSER` on the command line choose silently (with /VERYSILENT for
;   deployment scripts).
; - Start-menu entries: the program, the command line (a console in the user's Documents
;   with labour-desk.exe ready), the licences, the uninstaller.
; - The data is never in the program folder: each user's database, backups and logs live in
;   %LOCALAPPDATA%\MOL\LabourNetworkDesk (desktop/paths.py), so an upgrade or an uninstall
;   keeps them. The uninstaller removes only what the setup installed.
; - Portable mode is not this installer's business: copy the bundle folder (or the portable
;   zip the Windows CI makes) to a USB stick and put a portable.txt beside the executables.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\LabourNetworkDesk-" + AppVersion
#endif
#define AppName "Labour Network Desk"
#define AppExe "LabourNetworkDesk.exe"
#define ConsoleExe "labour-desk.exe"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{270DB797-C460-44B1-974B-8DA3E0992634}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Provincial labour offices (Ministry of Labour, Thailand)
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\resources\icons\labour-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
InfoBeforeFile={#SourceDir}\LICENSES\LICENSES.txt
OutputDir=..\dist\installer
OutputBaseFilename=LabourNetworkDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program's own files whole (no stale library from an older Qt).
Type: filesandordirs; Name: "{app}\_internal"
Type: filesandordirs; Name: "{app}\LICENSES"

[Files]
; The whole one-folder bundle; never a portable marker or portable data that a test left.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Excludes: "portable.txt,\data\*"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Labour Network Desk (registry, mentoring, referrals)"
Name: "{group}\{#AppName} - command line"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#ConsoleExe}"" --help"; WorkingDir: "{userdocs}"; IconFilename: "{app}\{#AppExe}"
Name: "{group}\Licences"; Filename: "{app}\LICENSES\LICENSES.txt"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder's own leftovers (Python's caches). The users' data in
; %LOCALAPPDATA%\MOL\LabourNetworkDesk is kept on purpose: removing the program must never
; remove an office's registry of volunteers.
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"
