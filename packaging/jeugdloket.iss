; Inno Setup script (6.3 or newer) for Jeugdloket on Windows: one setup.exe that installs the
; PyInstaller folder (dist\jeugdloket, made by `make bundle` on a Windows machine) per machine in
; Program Files, with a Start-menu shortcut. See packaging\IT-handleiding.md.
;
;   iscc packaging\jeugdloket.iss                       -> dist\jeugdloket-0.1.0-setup.exe
;   iscc /DAppVersion=0.2.0 packaging\jeugdloket.iss    a newer version (same AppId: an update)
;
; Silent install (Intune, MECM/SCCM, PDQ …), as administrator:
;   jeugdloket-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="C:\Windows\Temp\jeugdloket-setup.log"
;   optional: /DB="postgresql://server.gemeente.local/jeugdloket" – the Start-menu shortcut then
;   opens the team register (`--db URL`) instead of the file in the user's own data folder;
;   an update without /DB keeps it, /DB=lokaal removes it.
; Silent uninstall:
;   "C:\Program Files\Jeugdloket\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART

#define AppName "Jeugdloket"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\jeugdloket"
#endif

[Setup]
; Never change the AppId: Windows and Inno Setup recognise an update (and the uninstaller) by it.
AppId={{B73EA003-391B-4F45-846E-B27E15AA3034}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Jeugdloket
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
; Per machine, in Program Files: consultants cannot change the program; their data is elsewhere.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=jeugdloket-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\jeugdloket.exe
UninstallDisplayName={#AppName}
; A running Jeugdloket is closed through the Restart Manager (it saves every change at once).
CloseApplications=yes
RestartApplications=no
SetupLogging=yes
ShowLanguageDialog=no

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "bureaublad"; Description: "Snelkoppeling op het bureaublad"; Flags: unchecked

[InstallDelete]
; An update replaces the whole program folder: no library of an older version stays behind.
; (Only the program: the database and backups live in the user's own folder, see the guide.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\jeugdloket.exe"; Parameters: "{code:StartParameters}"; WorkingDir: "{app}"; Comment: "Werkplek van het jeugdteam"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\jeugdloket.exe"; Parameters: "{code:StartParameters}"; WorkingDir: "{app}"; Tasks: bureaublad

[Run]
Filename: "{app}\jeugdloket.exe"; Parameters: "{code:StartParameters}"; Description: "Jeugdloket nu starten"; Flags: nowait postinstall skipifsilent unchecked

[Code]
{ /DB=URL on the setup command line: the shortcuts open that database (usually the team
  register). An update without /DB keeps the address of the previous installation;
  /DB=lokaal removes it. Without an address the shortcuts open the file in the user's own data
  folder, or what the environment variable JEUGDLOKET_DB names. }
function DbAdres(): String;
begin
  Result := ExpandConstant('{param:DB|}');
  if Result = '' then
    Result := GetPreviousData('DB', '');
  if CompareText(Result, 'lokaal') = 0 then
    Result := '';
end;

procedure RegisterPreviousData(PreviousDataKey: Integer);
begin
  SetPreviousData(PreviousDataKey, 'DB', DbAdres());
end;

function StartParameters(Param: String): String;
begin
  if DbAdres() <> '' then
    Result := '--db "' + DbAdres() + '"'
  else
    Result := '';
end;
