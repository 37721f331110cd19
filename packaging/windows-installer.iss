; Inno Setup script (6.3 or newer): a per-user installer for the PyInstaller folder (no admin rights).
; Build on Windows after PyInstaller, from the repository root:
;   pyinstaller --noconfirm packaging\seller-desktop.spec
;   iscc /DAppVersion=0.1.0 packaging\windows-installer.iss
; DistDir may point elsewhere (/DDistDir=C:\build\dist\SellerDesktop); the installer lands in dist\.
; Built by .github/workflows/installers.yml on GitHub's Windows runner; that workflow has not run yet
; (see packaging/README.md, "What was verified").
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef DistDir
  #define DistDir "..\dist\SellerDesktop"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{AC16923A-FF8A-4431-8875-BAA21A152BA3}
AppName=Seller Desktop
AppVersion={#AppVersion}
AppPublisher=Seller Desktop
DefaultDirName={localappdata}\Programs\Seller Desktop
DefaultGroupName=Seller Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
; The bundle is 64-bit x86 (runs emulated on Windows on Arm).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=SellerDesktopSetup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
UninstallDisplayIcon={app}\seller-desktop.exe
UninstallDisplayName=Seller Desktop

[InstallDelete]
; An update replaces the whole library folder: files of the old version left beside the new ones
; (a module or DLL that was renamed or dropped) could be loaded by mistake.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Seller Desktop"; Filename: "{app}\seller-desktop.exe"
Name: "{userdesktop}\Seller Desktop"; Filename: "{app}\seller-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: desktopicon; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\seller-desktop.exe"; Description: "Start Seller Desktop"; Flags: nowait postinstall skipifsilent

; Uninstalling removes the program only. The encrypted store in %LOCALAPPDATA%\SellerDesktop\SellerDesktop
; (appdirs: author\app) stays,
; so a reinstall finds the seller's orders again.
