; Inno Setup script: a per-user installer for the PyInstaller folder (no admin rights needed).
; Build on Windows after PyInstaller: iscc packaging\windows-installer.iss
[Setup]
AppName=Seller Desktop
AppVersion=0.1.0
AppPublisher=Seller Desktop
DefaultDirName={localappdata}\Programs\Seller Desktop
DefaultGroupName=Seller Desktop
PrivilegesRequired=lowest
OutputBaseFilename=SellerDesktopSetup
Compression=lzma2
SolidCompression=yes
UninstallDisplayIcon={app}\seller-desktop.exe

[Files]
Source: "..\dist\SellerDesktop\*"; DestDir: "{app}"; Flags: recursesubdirs

[Icons]
Name: "{group}\Seller Desktop"; Filename: "{app}\seller-desktop.exe"
Name: "{userdesktop}\Seller Desktop"; Filename: "{app}\seller-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: desktopicon; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\seller-desktop.exe"; Description: "Start Seller Desktop"; Flags: nowait postinstall skipifsilent

; Uninstalling removes the program only. The encrypted store in %LOCALAPPDATA%\SellerDesktop stays,
; so a reinstall finds the seller's orders again.
