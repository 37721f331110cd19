<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/today/page.py" line="87"/>
        <source>%n order(s) to print</source>
        <extracomment>Changed while hidden (``page_builders.refresh_pages``): read again when shown.</extracomment>
        <translation>
            <numerusform>%n Bestellung zu drucken</numerusform>
            <numerusform>%n Bestellungen zu drucken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/today/page.py" line="88"/>
        <source>%n order(s) late: ship them first</source>
        <translation>
            <numerusform>%n Bestellung verspätet: zuerst versenden</numerusform>
            <numerusform>%n Bestellungen verspätet: zuerst versenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/today/page.py" line="89"/>
        <source>%n order(s) to ship today</source>
        <translation>
            <numerusform>%n Bestellung heute zu versenden</numerusform>
            <numerusform>%n Bestellungen heute zu versenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/today/page.py" line="90"/>
        <source>%n shipment(s) Amazon has not been told of yet</source>
        <translation>
            <numerusform>%n Sendung, von der Amazon noch nichts weiß</numerusform>
            <numerusform>%n Sendungen, von denen Amazon noch nichts weiß</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/today/page.py" line="91"/>
        <source>%n review request(s) due</source>
        <translation>
            <numerusform>%n Bewertungsanfrage fällig</numerusform>
            <numerusform>%n Bewertungsanfragen fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/today/page.py" line="93"/>
        <source>%n order(s) whose contact details are wiped this week</source>
        <translation>
            <numerusform>%n Bestellung, deren Kontaktdaten diese Woche gelöscht werden</numerusform>
            <numerusform>%n Bestellungen, deren Kontaktdaten diese Woche gelöscht werden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/today/page.py" line="95"/>
        <source>Last sync with Amazon: {0}</source>
        <translation>Letzter Abgleich mit Amazon: {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/today/page.py" line="97"/>
        <source>Never synced with Amazon</source>
        <translation>Noch nie mit Amazon abgeglichen</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../seller_desktop/ui/shell/about_dialog.py" line="31"/>
        <location filename="../../seller_desktop/ui/shell/about_dialog.py" line="32"/>
        <source>About Seller Desktop</source>
        <translation>Über Seller Desktop</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/about_dialog.py" line="35"/>
        <source>Seller Desktop</source>
        <translation>Seller Desktop</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/about_dialog.py" line="39"/>
        <source>Orders, packing slips and insert cards for small Amazon sellers, kept in an encrypted store on this computer. Buyers&apos; contact details are wiped when their retention deadline passes.</source>
        <translation>Bestellungen, Lieferscheine und Beilagekarten für kleine Amazon-Händler, in einer verschlüsselten Datenbank auf diesem Computer. Die Kontaktdaten der Käufer werden gelöscht, sobald ihre Löschfrist abläuft.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/about_dialog.py" line="55"/>
        <source>{0} version</source>
        <translation>Version von {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/about_dialog.py" line="56"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_form.py" line="49"/>
        <source>Region</source>
        <extracomment>The seller picked another region: (region code).</extracomment>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_form.py" line="54"/>
        <source>Marketplaces</source>
        <translation>Marktplätze</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_form.py" line="60"/>
        <source>Client ID</source>
        <extracomment>code → its checkbox, for the region shown.</extracomment>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_form.py" line="62"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_form.py" line="63"/>
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_form.py" line="65"/>
        <source>Regi&amp;on:</source>
        <translation>Regi&amp;on:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_form.py" line="69"/>
        <source>Refresh toke&amp;n:</source>
        <translation>Refresh-Toke&amp;n:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_form.py" line="83"/>
        <location filename="../../seller_desktop/ui/amazon/account_form.py" line="106"/>
        <source>A&amp;dvanced ▸</source>
        <translation>&amp;Erweitert ▸</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_form.py" line="98"/>
        <source>Token UR&amp;L:</source>
        <translation>Token-UR&amp;L:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_form.py" line="106"/>
        <source>A&amp;dvanced ▾</source>
        <translation>&amp;Erweitert ▾</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_form.py" line="66"/>
        <source>Mar&amp;ketplaces:</source>
        <translation>Markt&amp;plätze:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_form.py" line="67"/>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_form.py" line="68"/>
        <source>Client se&amp;cret:</source>
        <translation>&amp;Client-Secret:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_form.py" line="85"/>
        <source>Show the advanced settings</source>
        <translation>Erweiterte Einstellungen zeigen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_form.py" line="92"/>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_form.py" line="93"/>
        <location filename="../../seller_desktop/ui/amazon/account_form.py" line="96"/>
        <source>Empty: Amazon&apos;s own</source>
        <translation>Leer: die von Amazon</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_form.py" line="95"/>
        <source>Login with Amazon token URL</source>
        <translation>Token-URL von Login with Amazon</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_form.py" line="97"/>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_form.py" line="135"/>
        <source>Saved — type a new one to replace it</source>
        <translation>Gespeichert — zum Ersetzen neu eingeben</translation>
    </message>
</context>
<context>
    <name>AmazonAccountPage</name>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="68"/>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="71"/>
        <source>Amazon account</source>
        <extracomment>The interval was saved: the ``Settings`` as saved. An account was added, replaced or removed. The HTTP transport for Test connection (tests give one pointed at a fake Amazon).</extracomment>
        <translation>Amazon-Konto</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="76"/>
        <source>How to connect</source>
        <translation>So verbinden Sie die App</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="81"/>
        <source>Connected accounts</source>
        <translation>Verbundene Konten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="87"/>
        <source>Amazon account message</source>
        <translation>Meldung zum Amazon-Konto</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="90"/>
        <source>&amp;Save account</source>
        <translation>Konto &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="90"/>
        <source>Save the Amazon account</source>
        <translation>Das Amazon-Konto speichern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="91"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="91"/>
        <source>Test the connection</source>
        <translation>Die Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="92"/>
        <source>Re&amp;move account</source>
        <translation>Konto ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="92"/>
        <source>Remove the Amazon account</source>
        <translation>Das Amazon-Konto entfernen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="95"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="105"/>
        <source>Connect the app to Amazon to fetch orders by itself and send shipments back. You authorize your own private app in Seller Central, once per region; no server but Amazon&apos;s is involved. The credentials are kept only in the encrypted store.</source>
        <translation>Verbinden Sie die App mit Amazon, damit sie Bestellungen selbst abruft und Sendungen zurückmeldet. Sie autorisieren in Seller Central Ihre eigene private App, einmal je Region; außer Amazons Servern ist kein Server beteiligt. Die Zugangsdaten liegen nur im verschlüsselten Speicher.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="112"/>
        <source>In Seller Central open Apps and Services › Develop Apps.</source>
        <translation>Öffnen Sie in Seller Central Apps und Services › Apps entwickeln.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="114"/>
        <source>Add a new app client (a private app for your own account) with the Orders role, and the restricted role for buyers&apos; addresses (Direct-to-Consumer Shipping).</source>
        <translation>Legen Sie einen neuen App-Client an (eine private App für Ihr eigenes Konto) mit der Rolle für Bestellungen und der eingeschränkten Rolle für Käuferadressen (Direct-to-Consumer Shipping).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="118"/>
        <source>Under LWA credentials, view the app&apos;s client ID and client secret and copy them into the fields below.</source>
        <translation>Lassen Sie sich unter „LWA-Anmeldedaten“ die Client-ID und das Client-Secret der App anzeigen und kopieren Sie beide in die Felder unten.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="122"/>
        <source>Choose Authorize for the app: Amazon shows a refresh token once. Copy it below.</source>
        <translation>Wählen Sie „Autorisieren“ für die App: Amazon zeigt einmalig ein Refresh-Token. Kopieren Sie es unten hinein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="124"/>
        <source>Tick your marketplaces, save, and press Test connection.</source>
        <translation>Kreuzen Sie Ihre Marktplätze an, speichern Sie und klicken Sie auf „Verbindung testen“.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="131"/>
        <source>Sync automatically &amp;every:</source>
        <translation>Automatisch s&amp;ynchronisieren alle:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="133"/>
        <source>Sync automatically every (minutes)</source>
        <translation>Automatisch synchronisieren alle (Minuten)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="135"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="136"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="137"/>
        <source>0 means only when you choose File › Sync with Amazon</source>
        <translation>0 heißt: nur, wenn Sie Datei › Mit Amazon synchronisieren wählen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="139"/>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="140"/>
        <source>Save the sync interval</source>
        <translation>Den Abstand der Synchronisierung speichern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="163"/>
        <source>last sync stopped {0}: {1}</source>
        <translation>letzte Synchronisierung {0} abgebrochen: {1}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="167"/>
        <source>last sync {0}</source>
        <translation>zuletzt synchronisiert {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="169"/>
        <source>not synced yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="172"/>
        <source>Connected:</source>
        <translation>Verbunden:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="174"/>
        <source>No Amazon account yet: orders come in through File › Import.</source>
        <translation>Noch kein Amazon-Konto: Bestellungen kommen über Datei › Importieren herein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="213"/>
        <source>Saved the Amazon account for {0}. Press Test connection to check it.</source>
        <translation>Das Amazon-Konto für {0} ist gespeichert. Prüfen Sie es mit „Verbindung testen“.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="231"/>
        <source>Removed the account for {0}. Orders already fetched stay.</source>
        <translation>Das Konto für {0} ist entfernt. Bereits abgerufene Bestellungen bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="248"/>
        <source>Amazon is synced every %n minutes.</source>
        <translation>
            <numerusform>Amazon wird im Abstand von %n Minute synchronisiert.</numerusform>
            <numerusform>Amazon wird im Abstand von %n Minuten synchronisiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="250"/>
        <source>Amazon is synced only when you choose File › Sync with Amazon.</source>
        <translation>Amazon wird nur synchronisiert, wenn Sie Datei › Mit Amazon synchronisieren wählen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="261"/>
        <source>Testing the connection to Amazon…</source>
        <translation>Die Verbindung zu Amazon wird getestet …</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="283"/>
        <source>{0}: not connected. {1}</source>
        <translation>{0}: nicht verbunden. {1}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="285"/>
        <source>Contact details come back: yes.</source>
        <translation>Kontaktdaten kommen mit: ja.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="287"/>
        <source>Contact details come back: no — the app lacks Amazon&apos;s restricted role; addresses come from the Unshipped Orders report (File › Import).</source>
        <translation>Kontaktdaten kommen mit: nein — der App fehlt Amazons eingeschränkte Rolle; die Adressen kommen aus dem Bericht „Nicht versandte Bestellungen“ (Datei › Importieren).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="290"/>
        <source>Contact details: no recent order to tell.</source>
        <translation>Kontaktdaten: keine aktuelle Bestellung, an der es sich zeigt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/account_page.py" line="292"/>
        <source>{0}: connected. {1}</source>
        <translation>{0}: verbunden. {1}</translation>
    </message>
</context>
<context>
    <name>AmazonRegions</name>
    <message>
        <location filename="../../seller_desktop/ui/amazon/sync_runner.py" line="293"/>
        <source>North America</source>
        <translation>Nordamerika</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/sync_runner.py" line="294"/>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/sync_runner.py" line="295"/>
        <source>Far East</source>
        <translation>Ferner Osten</translation>
    </message>
</context>
<context>
    <name>AmazonSync</name>
    <message>
        <location filename="../../seller_desktop/ui/amazon/sync_runner.py" line="79"/>
        <source>Amazon sync</source>
        <extracomment>A sync asked for while another job runs is tried again after this long (and when it ends). A sync ended: its ``SyncSummary`` (Amazon&apos;s faults are inside it, not raised). Queued confirmations were sent: the ``ConfirmSummary``. The sync saved a setting (the no-role notice was shown): the ``Settings`` as saved. The HTTP transport for every request (tests give one pointed at a fake Amazon). A sync was asked for while another job ran: it starts when the runner is free.</extracomment>
        <translation>Amazon-Synchronisierung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/sync_runner.py" line="137"/>
        <source>Amazon: last sync {0}</source>
        <translation>Amazon: zuletzt synchronisiert {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/sync_runner.py" line="139"/>
        <source>Amazon: not synced yet</source>
        <translation>Amazon: noch nicht synchronisiert</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/sync_runner.py" line="158"/>
        <source>Amazon: syncing…</source>
        <translation>Amazon: wird synchronisiert …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/amazon/sync_runner.py" line="200"/>
        <source>Syncing with Amazon ({0})… %n pages</source>
        <translation>
            <numerusform>Synchronisierung mit Amazon ({0}) … %n Seite</numerusform>
            <numerusform>Synchronisierung mit Amazon ({0}) … %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/sync_runner.py" line="219"/>
        <source>Amazon: sync stopped {0} ({1}) — {2}</source>
        <translation>Amazon: Synchronisierung {0} abgebrochen ({1}) — {2}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/sync_runner.py" line="225"/>
        <source>Amazon: last sync {0} — {1} new, {2} updated</source>
        <translation>Amazon: zuletzt synchronisiert {0} — {1} neu, {2} aktualisiert</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/sync_runner.py" line="244"/>
        <source>Amazon: sync failed — {0}</source>
        <translation>Amazon: Synchronisierung fehlgeschlagen — {0}</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../seller_desktop/ui/app/unlocking.py" line="124"/>
        <source>Restore from a backup</source>
        <extracomment>The store is open (an ``OpenedStore``); the wizard or dialog is gone. The seller cancelled the setup or the unlock. Runs the open (verify, migrate, wipe) off the GUI thread, as a job like every other.</extracomment>
        <translation>Aus einem Backup wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/unlocking.py" line="125"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/unlocking.py" line="126"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/unlocking.py" line="127"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/unlocking.py" line="128"/>
        <source>Cancel the restore</source>
        <translation>Die Wiederherstellung abbrechen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/unlocking.py" line="158"/>
        <source>Nothing was restored. Enter your passphrase to open your store.</source>
        <translation>Es wurde nichts wiederhergestellt. Geben Sie Ihre Passphrase ein, um Ihre Datenbank zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/controller.py" line="251"/>
        <source>Seller Desktop was locked because it was not used for a while. Enter your passphrase to continue.</source>
        <extracomment>A main window is showing on an open store. The store has been closed and the unlock dialog is showing. The seller is done (cancelled setup or unlock, or closed the last window): exit code. The window whose runner is making the day&apos;s backup (None when none is running).</extracomment>
        <translation>Seller Desktop wurde gesperrt, weil es eine Weile nicht benutzt wurde. Geben Sie Ihre Passphrase ein, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/controller.py" line="263"/>
        <source>Seller Desktop</source>
        <translation>Seller Desktop</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/controller.py" line="264"/>
        <source>The demo has no passphrase, so it cannot be locked.</source>
        <translation>Die Demo hat keine Passphrase und kann daher nicht gesperrt werden.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/controller.py" line="283"/>
        <source>Seller Desktop is locked. Enter your passphrase to continue.</source>
        <translation>Seller Desktop ist gesperrt. Geben Sie Ihre Passphrase ein, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/controller.py" line="302"/>
        <source>Enter the passphrase of the backup to restore it. It must be the passphrase of this store as well. Your current store is kept in the backups folder as before-restore.db, and contact details past their deadline are removed as the backup opens.</source>
        <translation>Geben Sie die Passphrase des Backups ein, um es wiederherzustellen. Es muss auch die Passphrase dieser Datenbank sein. Ihre aktuelle Datenbank wird im Backup-Ordner als before-restore.db aufbewahrt, und Kontaktdaten nach Ablauf ihrer Frist werden beim Öffnen des Backups gelöscht.</translation>
    </message>
</context>
<context>
    <name>ArchiveRule</name>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/rule.py" line="39"/>
        <source>Tax-archive rule</source>
        <extracomment>The rule was saved: the ``Settings`` object.</extracomment>
        <translation>Regel für das Steuerarchiv</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/rule.py" line="44"/>
        <source>Off unless you choose: orders of these marketplaces, and business orders if ticked, keep their invoice details sealed for the years you set, counted from the end of the year of the sale. Cancelled orders are never kept.</source>
        <translation>Aus, solange Sie nichts wählen: Bestellungen dieser Marktplätze – und, wenn angehakt, Geschäftskundenbestellungen – behalten ihre Rechnungsdaten versiegelt für die eingestellten Jahre, gezählt ab dem Ende des Verkaufsjahres. Stornierte Bestellungen werden nie aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/rule.py" line="55"/>
        <source>Marketplaces whose invoices are kept</source>
        <translation>Marktplätze, deren Rechnungen aufbewahrt werden</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/rule.py" line="64"/>
        <source>Keep &amp;business orders of any marketplace</source>
        <translation>&amp;Geschäftskundenbestellungen aller Marktplätze aufbewahren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/rule.py" line="65"/>
        <source>Keep business orders</source>
        <translation>Geschäftskundenbestellungen aufbewahren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/rule.py" line="68"/>
        <source>Keep for:</source>
        <translation>Aufbewahren für:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/rule.py" line="71"/>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/rule.py" line="72"/>
        <source>Years the invoices are kept</source>
        <translation>Jahre, die die Rechnungen aufbewahrt werden</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/rule.py" line="79"/>
        <source>Save &amp;rule</source>
        <translation>Regel &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/rule.py" line="79"/>
        <source>Save the tax-archive rule</source>
        <translation>Die Regel für das Steuerarchiv speichern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/rule.py" line="116"/>
        <source>Tax-archive rule saved.</source>
        <translation>Regel für das Steuerarchiv gespeichert.</translation>
    </message>
</context>
<context>
    <name>ArchiveTab</name>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/tab.py" line="82"/>
        <source>Where the law requires you to keep invoices (for example ten years in Germany), the invoice details — buyer name, billing address, tax id — are sealed in a separate archive at wipe time instead of being deleted. Seller Desktop can add to the archive but reads it only with the archive passphrase. Entries are deleted at their end date.</source>
        <extracomment>The tax-archive rule was saved: the ``Settings`` object. A hold was placed or released here (GUI thread): the page announces it and reads anew. The archive was set up (a job that announced its own changes): the page reads anew. The open set-up and passphrase dialogs, if any (tests reach them here; the holds&apos; and the entries&apos; own dialogs are theirs).</extracomment>
        <translation>Wo das Gesetz verlangt, Rechnungen aufzubewahren (in Deutschland zum Beispiel zehn Jahre), werden die Rechnungsdaten – Name des Käufers, Rechnungsadresse, Steuernummer – beim Löschen in einem eigenen Archiv versiegelt, statt gelöscht zu werden. Seller Desktop kann dem Archiv Einträge hinzufügen, liest es aber nur mit der Archiv-Passphrase. Einträge werden an ihrem Enddatum gelöscht.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/tab.py" line="92"/>
        <source>Tax archive status</source>
        <translation>Status des Steuerarchivs</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/tab.py" line="96"/>
        <source>&amp;Set up the tax archive…</source>
        <translation>Steuerarchiv ei&amp;nrichten…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/tab.py" line="97"/>
        <location filename="../../seller_desktop/ui/privacy/archive/tab.py" line="190"/>
        <source>Set up the tax archive</source>
        <translation>Das Steuerarchiv einrichten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/tab.py" line="102"/>
        <source>C&amp;hange the archive passphrase…</source>
        <translation>Archiv-&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/tab.py" line="103"/>
        <source>Change the archive passphrase</source>
        <translation>Die Archiv-Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/tab.py" line="110"/>
        <source>Tax archive message</source>
        <translation>Meldung zum Steuerarchiv</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/tab.py" line="153"/>
        <source>The tax archive is not set up. Set it up before you turn on the tax-archive rule or place a legal hold; without it, nothing is kept past the deadline.</source>
        <translation>Das Steuerarchiv ist nicht eingerichtet. Richten Sie es ein, bevor Sie die Regel für das Steuerarchiv einschalten oder eine Löschsperre setzen; ohne Archiv wird nach Ablauf der Frist nichts aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/tab.py" line="160"/>
        <source>Set up. {0} sealed entries, {1} legal holds.</source>
        <translation>Eingerichtet. Versiegelte Einträge: {0}, Löschsperren: {1}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/tab.py" line="164"/>
        <source> The next entry is deleted after {0}.</source>
        <translation> Der nächste Eintrag wird nach dem {0} gelöscht.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/tab.py" line="192"/>
        <source>Choose an archive passphrase of at least {0} characters, different from the store passphrase. Keep it somewhere safe: without it nobody can read the archive, and it cannot be reset.</source>
        <translation>Wählen Sie eine Archiv-Passphrase mit mindestens {0} Zeichen, die sich von der Datenbank-Passphrase unterscheidet. Bewahren Sie sie sicher auf: Ohne sie kann niemand das Archiv lesen, und sie lässt sich nicht zurücksetzen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/tab.py" line="196"/>
        <source>&amp;Set up</source>
        <translation>&amp;Einrichten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/tab.py" line="213"/>
        <source>The tax archive is set up.</source>
        <translation>Das Steuerarchiv ist eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/tab.py" line="225"/>
        <source>Choose an archive passphrase different from the store passphrase: the archive should stay closed while the store is open.</source>
        <translation>Wählen Sie eine Archiv-Passphrase, die sich von der Datenbank-Passphrase unterscheidet: Das Archiv soll verschlossen bleiben, während die Datenbank geöffnet ist.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/tab.py" line="254"/>
        <source>The archive passphrase is changed. Only the new one opens the tax archive now, and every entry in it.</source>
        <translation>Die Archiv-Passphrase ist geändert. Nur noch die neue öffnet das Steuerarchiv und jeden Eintrag darin.</translation>
    </message>
</context>
<context>
    <name>AutoBox</name>
    <message>
        <location filename="../../seller_desktop/ui/reviews/auto_box.py" line="22"/>
        <source>Automatic requests</source>
        <extracomment>The core&apos;s word for a round that never reached its end (``automatic.INTERRUPTED``). The seller switched the daily requests on or off.</extracomment>
        <translation>Automatische Anfragen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/auto_box.py" line="26"/>
        <source>Ask every eligible order through Amazon once a day while the app is open</source>
        <translation>Einmal täglich alle berechtigten Bestellungen über Amazon anfragen, solange die App geöffnet ist</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/auto_box.py" line="33"/>
        <source>Automatic request log</source>
        <translation>Protokoll der automatischen Anfragen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/auto_box.py" line="47"/>
        <source>Connect an Amazon account (Settings › Amazon account) to ask automatically; until then, open the orders in Seller Central.</source>
        <translation>Verbinden Sie ein Amazon-Konto (Einstellungen › Amazon-Konto), um automatisch anzufragen; bis dahin öffnen Sie die Bestellungen in Seller Central.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/auto_box.py" line="53"/>
        <source>No automatic round yet.</source>
        <translation>Noch keine automatische Runde.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/reviews/auto_box.py" line="56"/>
        <source>{0}: %n asked</source>
        <translation>
            <numerusform>{0}: %n angefragt</numerusform>
            <numerusform>{0}: %n angefragt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/reviews/auto_box.py" line="59"/>
        <source>%n not offered by Amazon</source>
        <translation>
            <numerusform>%n von Amazon nicht angeboten</numerusform>
            <numerusform>%n von Amazon nicht angeboten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/reviews/auto_box.py" line="61"/>
        <source>%n asked before</source>
        <translation>
            <numerusform>%n bereits zuvor angefragt</numerusform>
            <numerusform>%n bereits zuvor angefragt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/reviews/auto_box.py" line="63"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/auto_box.py" line="65"/>
        <source>interrupted; it goes on at the next check</source>
        <translation>unterbrochen; wird bei der nächsten Prüfung fortgesetzt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/auto_box.py" line="67"/>
        <source>stopped: {0}</source>
        <translation>angehalten: {0}</translation>
    </message>
</context>
<context>
    <name>AutoReviews</name>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/reviews/auto_runner.py" line="93"/>
        <source>Review requests: %n asked automatically today.</source>
        <extracomment>The first check after the window opens: after the start-up wipe and the first sync. A round ended: its ``AutoRun`` (counts only). The HTTP transport (tests give one pointed at a fake Amazon) and the sleep.</extracomment>
        <translation>
            <numerusform>Bewertungsanfragen: heute %n automatisch angefragt.</numerusform>
            <numerusform>Bewertungsanfragen: heute %n automatisch angefragt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="61"/>
        <source>A backup is an encrypted copy of the store that opens with your passphrase. The backups Seller Desktop keeps follow the store: whenever it removes contact details (past their deadline, or erased at a buyer&apos;s request) or an order ships, each backup follows at once, and a backup that cannot be wiped is deleted. A file you save elsewhere is yours: it keeps its details until you delete it, and is wiped when it is restored.</source>
        <extracomment>A backup was saved to a file (its time, aware UTC): the window&apos;s status bar shows it and drops a warning about a failed daily backup. The seller confirmed &quot;Restore from file…&quot;: the app closes the store and restores this path. A backup saved to a file in this session (such a file may lie outside backups/). The open dialogs, if any (tests reach them here).</extracomment>
        <translation>Ein Backup ist eine verschlüsselte Kopie der Datenbank, die sich mit Ihrer Passphrase öffnet. Die Backups, die Seller Desktop verwaltet, folgen der Datenbank: Sobald sie Kontaktdaten entfernt (nach Ablauf der Frist oder auf Wunsch eines Käufers gelöscht) oder eine Bestellung versandt wird, folgt jedes Backup sofort, und ein Backup, das sich nicht bereinigen lässt, wird gelöscht. Eine Datei, die Sie anderswo speichern, gehört Ihnen: Sie behält ihre Daten, bis Sie sie löschen, und wird beim Wiederherstellen bereinigt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="74"/>
        <source>The demo store has no passphrase of yours, so it cannot be backed up or restored.</source>
        <translation>Die Demo-Datenbank hat keine Passphrase von Ihnen und kann daher weder gesichert noch wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="80"/>
        <source>Last backup</source>
        <translation>Letztes Backup</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="87"/>
        <source>Back &amp;up to file…</source>
        <translation>In Datei &amp;sichern…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="87"/>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="126"/>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="136"/>
        <source>Back up to file</source>
        <translation>In Datei sichern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="90"/>
        <source>&amp;Restore from file…</source>
        <translation>Aus Datei &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="90"/>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="182"/>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="236"/>
        <source>Restore from file</source>
        <translation>Aus Datei wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="100"/>
        <source>Restoring replaces the store with the backup (for example on a new computer). Your current store is kept in the backups folder first. Seller Desktop closes the store, asks for the backup&apos;s passphrase and opens the restored store.</source>
        <translation>Beim Wiederherstellen wird die Datenbank durch das Backup ersetzt (zum Beispiel auf einem neuen Computer). Ihre aktuelle Datenbank wird vorher im Backup-Ordner abgelegt. Seller Desktop schließt die Datenbank, fragt nach der Passphrase des Backups und öffnet die wiederhergestellte Datenbank.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="106"/>
        <source>Backup message</source>
        <translation>Meldung zum Backup</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="115"/>
        <source>Last backup: {0}</source>
        <translation>Letztes Backup: {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="117"/>
        <source>No backup yet</source>
        <translation>Noch kein Backup</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="128"/>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="186"/>
        <source>Seller Desktop backups (*.db)</source>
        <translation>Seller-Desktop-Backups (*.db)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="138"/>
        <source>Enter your passphrase. The backup {0} is encrypted and opens with this passphrase.</source>
        <translation>Geben Sie Ihre Passphrase ein. Das Backup {0} wird verschlüsselt und öffnet sich mit dieser Passphrase.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="140"/>
        <source>&amp;Back up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="164"/>
        <source>Backed up to {0}.</source>
        <translation>Gesichert in {0}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="168"/>
        <source>Backed up to {0}. This file is yours: it is outside the app&apos;s backups folder, so Seller Desktop cannot wipe it. It keeps buyers&apos; contact details until you delete it (restoring it wipes them to today&apos;s deadlines again).</source>
        <translation>Gesichert in {0}. Diese Datei gehört Ihnen: Sie liegt außerhalb des Backup-Ordners der App, daher kann Seller Desktop sie nicht bereinigen. Sie behält die Kontaktdaten der Käufer, bis Sie sie löschen (eine Wiederherstellung aus ihr löscht sie wieder nach den heutigen Fristen).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="186"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="211"/>
        <source>This backup was not made by this store, so what it rolls back cannot be shown before you enter its passphrase.</source>
        <translation>Dieses Backup stammt nicht von diesem Datenbestand; was es zurücksetzt, kann erst nach Eingabe seiner Passphrase gezeigt werden.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="218"/>
        <source>Shipped since the backup, back to not shipped (their shipments are undone): {0}</source>
        <translation>Seit dem Backup versandt, wieder nicht versandt (ihre Sendungen werden zurückgenommen): {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="225"/>
        <source>Added or changed since the backup, back to how they were (new ones go): {0}</source>
        <translation>Seit dem Backup hinzugefügt oder geändert, wieder wie damals (neue entfallen): {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="229"/>
        <source>No order was shipped or changed since the backup.</source>
        <translation>Seit dem Backup wurde keine Bestellung versandt oder geändert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="230"/>
        <source>Contact details the store has wiped or erased stay wiped.</source>
        <translation>Kontaktdaten, die bereits gelöscht wurden, bleiben gelöscht.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="237"/>
        <source>Replace the store with the backup {0}?</source>
        <translation>Die Datenbank durch das Backup {0} ersetzen?</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="244"/>
        <source>Everything in the store now is replaced by the backup. The current store is kept in the backups folder as before-restore.db. Seller Desktop closes the store, asks for the backup&apos;s passphrase (the same as this store&apos;s) and opens the restored store; contact details past their deadline are removed as it opens.</source>
        <translation>Alles, was jetzt in der Datenbank ist, wird durch das Backup ersetzt. Die aktuelle Datenbank wird im Backup-Ordner als before-restore.db abgelegt. Seller Desktop schließt die Datenbank, fragt nach der Passphrase des Backups (dieselbe wie die dieser Datenbank) und öffnet die wiederhergestellte Datenbank; Kontaktdaten nach Ablauf ihrer Frist werden dabei gelöscht.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="252"/>
        <source>Close and restore</source>
        <translation>Schließen und wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/backups.py" line="253"/>
        <source>Close the store and restore</source>
        <translation>Die Datenbank schließen und wiederherstellen</translation>
    </message>
</context>
<context>
    <name>BrandingForm</name>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/branding_form.py" line="44"/>
        <location filename="../../seller_desktop/ui/printing/templates/branding_form.py" line="45"/>
        <source>Branding per marketplace</source>
        <translation>Markenauftritt je Marktplatz</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/branding_form.py" line="52"/>
        <source>Marketplace of the branding</source>
        <translation>Marktplatz des Markenauftritts</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/branding_form.py" line="56"/>
        <source>Business name on this marketplace</source>
        <translation>Firmenname auf diesem Marktplatz</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/branding_form.py" line="58"/>
        <source>Empty: the general business name</source>
        <translation>Leer: der allgemeine Firmenname</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/branding_form.py" line="60"/>
        <source>Return address on this marketplace</source>
        <translation>Rücksendeadresse auf diesem Marktplatz</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/branding_form.py" line="61"/>
        <source>Empty: the general return address</source>
        <translation>Leer: die allgemeine Rücksendeadresse</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/branding_form.py" line="66"/>
        <source>Logo of this marketplace</source>
        <translation>Logo dieses Marktplatzes</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/branding_form.py" line="67"/>
        <source>C&amp;hoose logo…</source>
        <translation>Logo aus&amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/branding_form.py" line="68"/>
        <location filename="../../seller_desktop/ui/printing/templates/branding_form.py" line="160"/>
        <source>Choose a logo for this marketplace</source>
        <translation>Ein Logo für diesen Marktplatz auswählen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/branding_form.py" line="70"/>
        <source>Use the general l&amp;ogo</source>
        <translation>Allgemeines L&amp;ogo verwenden</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/branding_form.py" line="71"/>
        <source>Remove this marketplace&apos;s logo</source>
        <translation>Das Logo dieses Marktplatzes entfernen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/branding_form.py" line="74"/>
        <source>Footer line on this marketplace</source>
        <translation>Fußzeile auf diesem Marktplatz</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/branding_form.py" line="76"/>
        <source>Empty: the general footer line</source>
        <translation>Leer: die allgemeine Fußzeile</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/branding_form.py" line="91"/>
        <source>Marketp&amp;lace:</source>
        <translation>&amp;Marktplatz:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/branding_form.py" line="92"/>
        <source>Business &amp;name:</source>
        <translation>Firmen&amp;name:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/branding_form.py" line="93"/>
        <source>Return a&amp;ddress:</source>
        <translation>Rücksende&amp;adresse:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/branding_form.py" line="98"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/branding_form.py" line="101"/>
        <source>&amp;Footer line:</source>
        <translation>Fußzei&amp;le:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/branding_form.py" line="173"/>
        <source>General logo</source>
        <translation>Allgemeines Logo</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="95"/>
        <source>Your business</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="98"/>
        <source>These appear on packing slips and insert cards. You can change them later in Settings. They are kept only in your encrypted store.</source>
        <translation>Diese Angaben erscheinen auf Lieferscheinen und Beilagekarten. Sie können sie später unter Einstellungen ändern. Sie werden nur in Ihrer verschlüsselten Datenbank gespeichert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="106"/>
        <source>Required, e.g. the name on your parcels</source>
        <translation>Pflichtfeld, z. B. der Name auf Ihren Paketen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="107"/>
        <source>Business name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="113"/>
        <source>Return address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="115"/>
        <source>One line per address line</source>
        <translation>Eine Zeile pro Adresszeile</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="118"/>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="211"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="123"/>
        <source>Logo preview</source>
        <translation>Logovorschau</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="124"/>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logo wählen…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="125"/>
        <source>Choose a logo image</source>
        <translation>Ein Logobild wählen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="127"/>
        <source>Re&amp;move logo</source>
        <translation>Logo entfe&amp;rnen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="128"/>
        <source>Remove the logo</source>
        <translation>Das Logo entfernen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="146"/>
        <source>Default marketplace</source>
        <translation>Standard-Marktplatz</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="153"/>
        <source>&amp;Business name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="155"/>
        <source>&amp;Return address:</source>
        <translation>Absenderadr&amp;esse:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="157"/>
        <source>Logo (optional):</source>
        <translation>Logo (optional):</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="159"/>
        <source>Default &amp;marketplace:</source>
        <translation>Standard-&amp;Marktplatz:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="186"/>
        <source>Choose a logo</source>
        <translation>Ein Logo wählen</translation>
    </message>
</context>
<context>
    <name>BuyLabelsDialog</name>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/buy_dialog.py" line="61"/>
        <location filename="../../seller_desktop/ui/orders/labels/buy_dialog.py" line="62"/>
        <source>Buy labels</source>
        <extracomment>Orders whose labels were bought (in the rows&apos; order): print them. How many times rates arrived (the first ask starts as the dialog opens). Why each order has no rates or was not bought, shown under the rows. The question about changed prices while it is open.</extracomment>
        <translation>Etiketten kaufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/orders/labels/buy_dialog.py" line="65"/>
        <source>%n order(s): check each package, then buy the rates chosen.</source>
        <translation>
            <numerusform>%n Bestellung: Prüfen Sie jedes Paket und kaufen Sie dann die gewählten Tarife.</numerusform>
            <numerusform>%n Bestellungen: Prüfen Sie jedes Paket und kaufen Sie dann die gewählten Tarife.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/buy_dialog.py" line="76"/>
        <source>Total of the chosen rates</source>
        <translation>Summe der gewählten Tarife</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/buy_dialog.py" line="78"/>
        <source>Orders without a label</source>
        <translation>Bestellungen ohne Etikett</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/buy_dialog.py" line="80"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/buy_dialog.py" line="93"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/buy_dialog.py" line="94"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/buy_dialog.py" line="105"/>
        <source>&amp;Get rates</source>
        <translation>&amp;Tarife abrufen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/buy_dialog.py" line="106"/>
        <source>Ask Amazon again, for the packages as shown</source>
        <translation>Amazon erneut fragen, für die Pakete wie angezeigt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/buy_dialog.py" line="108"/>
        <source>&amp;Buy and print</source>
        <translation>&amp;Kaufen und drucken</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/buy_dialog.py" line="110"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/orders/labels/buy_dialog.py" line="137"/>
        <source>Total for %n label(s): {0}</source>
        <translation>
            <numerusform>Summe für %n Etikett: {0}</numerusform>
            <numerusform>Summe für %n Etiketten: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/buy_dialog.py" line="144"/>
        <source>These orders get no label here:</source>
        <translation>Diese Bestellungen erhalten hier kein Etikett:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/buy_dialog.py" line="152"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/buy_dialog.py" line="230"/>
        <source>Prices changed</source>
        <translation>Preise geändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/orders/labels/buy_dialog.py" line="231"/>
        <source>The price of %n label(s) changed since the rates:</source>
        <translation>
            <numerusform>Der Preis von %n Etikett hat sich seit den Tarifen geändert:</numerusform>
            <numerusform>Der Preis von %n Etiketten hat sich seit den Tarifen geändert:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/buy_dialog.py" line="236"/>
        <source>Buy at the new prices</source>
        <translation>Zu den neuen Preisen kaufen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/buy_dialog.py" line="237"/>
        <source>Leave them</source>
        <translation>Nicht kaufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/orders/labels/buy_dialog.py" line="263"/>
        <source>%n label(s) bought; the orders are shipped.</source>
        <translation>
            <numerusform>%n Etikett gekauft; die Bestellungen sind versandt.</numerusform>
            <numerusform>%n Etiketten gekauft; die Bestellungen sind versandt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="61"/>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="64"/>
        <source>Campaigns</source>
        <extracomment>The card design settings were saved (the Settings, validated by the core).</extracomment>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="67"/>
        <source>Insert cards that go into the parcel: a thank-you, an offer with a unique code, a QR link to register the product. Each campaign chooses products (SKUs, ASINs, marketplaces), never buyers; a product covered by several gets the card of the highest priority.</source>
        <translation>Beilagekarten, die ins Paket kommen: ein Dankeschön, ein Angebot mit einem einmaligen Code, ein QR-Link zur Produktregistrierung. Jede Kampagne wählt Produkte (SKUs, ASINs, Marktplätze), nie Käufer; ein Produkt, das mehrere Kampagnen abdecken, erhält die Karte mit der höchsten Priorität.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="76"/>
        <source>Campaigns table</source>
        <translation>Tabelle der Kampagnen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="78"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="80"/>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="95"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="81"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="82"/>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="96"/>
        <source>Codes left</source>
        <translation>Verbleibende Codes</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="83"/>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="97"/>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="84"/>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="98"/>
        <source>Redeemed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="85"/>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="94"/>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="171"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="105"/>
        <source>No campaigns yet. New campaign… designs the first card.</source>
        <translation>Noch keine Kampagnen. Mit „Neue Kampagne…“ gestalten Sie die erste Karte.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="109"/>
        <source>Campaigns message</source>
        <translation>Meldung zu Kampagnen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="112"/>
        <source>&amp;New campaign…</source>
        <translation>&amp;Neue Kampagne…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="113"/>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="115"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="116"/>
        <source>Edit the selected campaign</source>
        <translation>Die gewählte Kampagne bearbeiten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="118"/>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="239"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="119"/>
        <source>Pause or resume the selected campaign</source>
        <translation>Die gewählte Kampagne pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="121"/>
        <source>&amp;Import codes…</source>
        <translation>Codes &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="123"/>
        <source>Import claim codes for the selected campaign</source>
        <translation>Gutscheincodes für die gewählte Kampagne importieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="126"/>
        <source>&amp;Generate codes…</source>
        <translation>Codes &amp;erzeugen…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="127"/>
        <source>Generate codes for the selected campaign</source>
        <translation>Codes für die gewählte Kampagne erzeugen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="129"/>
        <source>Redemption&amp;s…</source>
        <translation>Einlö&amp;sungen…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="131"/>
        <source>Record redeemed codes of the selected campaign</source>
        <translation>Eingelöste Codes der gewählten Kampagne erfassen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="165"/>
        <source>{0} (default thank-you card)</source>
        <translation>{0} (Standard-Dankeskarte)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="171"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="174"/>
        <source>no codes</source>
        <translation>keine Codes</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="202"/>
        <source>Products no other campaign covers</source>
        <translation>Produkte, die keine andere Kampagne abdeckt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="205"/>
        <source>SKUs: {0}</source>
        <translation>SKUs: {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="207"/>
        <source>ASINs: {0}</source>
        <translation>ASINs: {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="209"/>
        <source>in {0}</source>
        <translation>in {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="239"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="261"/>
        <source>Saved {0}.</source>
        <translation>{0} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="274"/>
        <source>{0} is active again.</source>
        <translation>{0} ist wieder aktiv.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="276"/>
        <source>{0} is paused: it prints no cards.</source>
        <translation>{0} ist pausiert: Es werden keine Karten gedruckt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="285"/>
        <source>Import claim codes</source>
        <translation>Gutscheincodes importieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="287"/>
        <source>Code lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Codelisten (*.txt *.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="302"/>
        <source>That file could not be read. Choose another one.</source>
        <translation>Diese Datei konnte nicht gelesen werden. Wählen Sie eine andere.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="308"/>
        <source>Imported %n code(s).</source>
        <translation>
            <numerusform>%n Code importiert.</numerusform>
            <numerusform>%n Codes importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="310"/>
        <source>%n code(s) skipped: already in a list.</source>
        <translation>
            <numerusform>%n Code übersprungen: bereits in einer Liste.</numerusform>
            <numerusform>%n Codes übersprungen: bereits in einer Liste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="330"/>
        <source>Generate codes</source>
        <translation>Codes erzeugen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="333"/>
        <source>How many codes for {0}? (For registration or warranty, not for discounts: use Amazon claim codes for those.)</source>
        <translation>Wie viele Codes für {0}? (Für Registrierung oder Garantie, nicht für Rabatte: Dafür verwenden Sie Amazon-Gutscheincodes.)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/campaigns/page.py" line="355"/>
        <source>Generated %n code(s).</source>
        <translation>
            <numerusform>%n Code erzeugt.</numerusform>
            <numerusform>%n Codes erzeugt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardCodes</name>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/codes.py" line="39"/>
        <source>Codes on the cards</source>
        <extracomment>The source changed: the preview shows a sample code or none.</extracomment>
        <translation>Codes auf den Karten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/codes.py" line="40"/>
        <source>No code</source>
        <translation>Kein Code</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/codes.py" line="42"/>
        <source>Codes this app generates (registration, warranty)</source>
        <translation>Codes, die diese App erzeugt (Registrierung, Garantie)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/codes.py" line="44"/>
        <source>Amazon claim codes imported from a file</source>
        <translation>Amazon-Gutscheincodes aus einer Datei</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/codes.py" line="46"/>
        <source>How many codes to generate</source>
        <translation>Wie viele Codes erzeugt werden</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/codes.py" line="49"/>
        <source>Choose code &amp;file…</source>
        <translation>&amp;Codedatei wählen…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/codes.py" line="50"/>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/codes.py" line="106"/>
        <source>Choose the claim-code file</source>
        <translation>Die Datei mit den Gutscheincodes wählen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/codes.py" line="53"/>
        <source>Codes of this campaign</source>
        <translation>Codes dieser Kampagne</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/codes.py" line="70"/>
        <source>Keep these codes, add none</source>
        <translation>Diese Codes behalten, keine hinzufügen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/codes.py" line="72"/>
        <source>{0} codes, {1} not used yet. Choose a source above to add more.</source>
        <translation>Codes: {0}, davon noch unbenutzt: {1}. Wählen Sie oben eine Quelle, um weitere hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/codes.py" line="94"/>
        <source>Each card gets its own code, never reused.</source>
        <translation>Jede Karte erhält ihren eigenen Code, der nie wiederverwendet wird.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/codes.py" line="101"/>
        <source>Each card gets one of the imported claim codes, never reused. Choose the file.</source>
        <translation>Jede Karte erhält einen der importierten Aktionscodes, keiner wird zweimal verwendet. Wählen Sie die Datei.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/codes.py" line="103"/>
        <source>The cards carry no code.</source>
        <translation>Die Karten tragen keinen Code.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/codes.py" line="108"/>
        <source>Code lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Codelisten (*.txt *.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/codes.py" line="97"/>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/codes.py" line="119"/>
        <source>Codes from {0} are added when you save.</source>
        <translation>Die Codes aus {0} werden beim Speichern hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/codes.py" line="132"/>
        <source>Choose the claim-code file Seller Central gave you, or choose another code source.</source>
        <translation>Wählen Sie die Datei mit den Gutscheincodes aus Seller Central oder eine andere Codequelle.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/codes.py" line="140"/>
        <source>That file could not be read. Choose another one.</source>
        <translation>Diese Datei konnte nicht gelesen werden. Wählen Sie eine andere.</translation>
    </message>
</context>
<context>
    <name>CardDesign</name>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/design_form.py" line="47"/>
        <source>Campaign name</source>
        <extracomment>A design field changed: the preview draws the card again.</extracomment>
        <translation>Name der Kampagne</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/design_form.py" line="49"/>
        <source>For you only, e.g. Beans for espresso buyers</source>
        <translation>Nur für Sie, z. B. Bohnen für Espresso-Käufer</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/design_form.py" line="52"/>
        <source>Language of this text</source>
        <translation>Sprache dieses Textes</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/design_form.py" line="53"/>
        <source>Any language (labels in the buyer&apos;s)</source>
        <translation>Jede Sprache (Beschriftungen in der des Käufers)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/design_form.py" line="56"/>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/design_form.py" line="56"/>
        <source>e.g. Thank you for your order!</source>
        <translation>z. B. Vielen Dank für Ihre Bestellung!</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/design_form.py" line="59"/>
        <source>Card text</source>
        <translation>Kartentext</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/design_form.py" line="63"/>
        <source>Back-side text</source>
        <translation>Text der Rückseite</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/design_form.py" line="65"/>
        <source>Empty: the card has no back side</source>
        <translation>Leer: Die Karte hat keine Rückseite</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/design_form.py" line="68"/>
        <source>QR code link</source>
        <translation>Link des QR-Codes</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/design_form.py" line="70"/>
        <source>Empty: no QR code. e.g. https://www.amazon.com/…</source>
        <translation>Leer: kein QR-Code. z. B. https://www.amazon.de/…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/design_form.py" line="72"/>
        <source>QR link warning</source>
        <translation>Hinweis zum QR-Link</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/design_form.py" line="77"/>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/design_form.py" line="78"/>
        <source>Valid from a date</source>
        <translation>Gültig ab einem Datum</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/design_form.py" line="79"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/design_form.py" line="80"/>
        <source>Valid until a date</source>
        <translation>Gültig bis zu einem Datum</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/design_form.py" line="83"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/design_form.py" line="85"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/design_form.py" line="149"/>
        <source>Amazon may treat a link outside Amazon as diverting buyers. A link to a manual or a product registration page is the usual safe use.</source>
        <translation>Amazon kann einen Link außerhalb von Amazon als Abwerben von Käufern werten. Üblich und unbedenklich ist ein Link zu einer Anleitung oder einer Seite zur Produktregistrierung.</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="65"/>
        <source>Edit campaign</source>
        <translation>Kampagne bearbeiten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="65"/>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="70"/>
        <source>Campaign message</source>
        <translation>Meldung zur Kampagne</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="78"/>
        <source>Text length warning</source>
        <translation>Hinweis zur Textlänge</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="108"/>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="109"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="110"/>
        <source>Back side</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="111"/>
        <source>Translation, headline</source>
        <translation>Übersetzung, Überschrift</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="112"/>
        <source>Translation, text</source>
        <translation>Übersetzung, Text</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="113"/>
        <source>Translation, back side</source>
        <translation>Übersetzung, Rückseite</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="180"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="181"/>
        <source>Lan&amp;guage of this text:</source>
        <translation>Sprac&amp;he dieses Textes:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="182"/>
        <source>&amp;Headline:</source>
        <translation>&amp;Überschrift:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="183"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="186"/>
        <source>Imag&amp;e:</source>
        <translation>&amp;Bild:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="187"/>
        <source>C&amp;odes:</source>
        <translation>C&amp;odes:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="188"/>
        <source>&amp;QR link:</source>
        <translation>&amp;QR-Link:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="190"/>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="191"/>
        <source>S&amp;KUs:</source>
        <translation>S&amp;KUs:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="192"/>
        <source>AS&amp;INs:</source>
        <translation>AS&amp;INs:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="193"/>
        <source>&amp;Marketplaces:</source>
        <translation>&amp;Marktplätze:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="196"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="198"/>
        <source>&amp;Back side:</source>
        <translation>&amp;Rückseite:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="220"/>
        <source>&amp;Save campaign</source>
        <translation>Kampagne &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="221"/>
        <source>Save campaign</source>
        <translation>Kampagne speichern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="224"/>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="225"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="312"/>
        <source>the headline</source>
        <translation>die Überschrift</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="313"/>
        <source>the text</source>
        <translation>der Text</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="314"/>
        <source>the back side&apos;s text</source>
        <translation>der Text der Rückseite</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="317"/>
        <source>Too long for the layout “{0}” even in the smallest type: {1} will be cut with “…”. Shorten it or choose a larger layout.</source>
        <translation>Zu lang für das Layout „{0}“, selbst in der kleinsten Schrift; mit „…“ gekürzt wird: {1}. Kürzen Sie den Text oder wählen Sie ein größeres Layout.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/dialog.py" line="322"/>
        <source>{0} card: {1}</source>
        <translation>Karte auf {0}: {1}</translation>
    </message>
</context>
<context>
    <name>CardImage</name>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/card_image.py" line="38"/>
        <source>Card image</source>
        <extracomment>The image was chosen or removed: the preview draws it again.</extracomment>
        <translation>Kartenbild</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/card_image.py" line="39"/>
        <source>Choose &amp;image…</source>
        <translation>Bild &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/card_image.py" line="40"/>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/card_image.py" line="65"/>
        <source>Choose a card image</source>
        <translation>Ein Kartenbild wählen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/card_image.py" line="42"/>
        <source>Remove image</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/card_image.py" line="43"/>
        <source>Remove the card image</source>
        <translation>Das Kartenbild entfernen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/card_image.py" line="74"/>
        <source>That file is not a PNG or JPEG image.</source>
        <translation>Diese Datei ist kein PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/card_image.py" line="86"/>
        <source>None</source>
        <translation>Kein Bild</translation>
    </message>
</context>
<context>
    <name>CardLanguages</name>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/languages.py" line="15"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/languages.py" line="16"/>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/languages.py" line="17"/>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/languages.py" line="18"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/languages.py" line="19"/>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/languages.py" line="20"/>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/languages.py" line="21"/>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/languages.py" line="22"/>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/languages.py" line="23"/>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/languages.py" line="24"/>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/languages.py" line="25"/>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/languages.py" line="26"/>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
</context>
<context>
    <name>CardPreview</name>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/preview.py" line="75"/>
        <source>Preview on a sample order, &amp;layout:</source>
        <translation>Vorschau mit einer Beispielbestellung, &amp;Layout:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/preview.py" line="77"/>
        <source>Card layout of the preview</source>
        <translation>Kartenlayout der Vorschau</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/preview.py" line="81"/>
        <source>Pre&amp;view for a buyer in:</source>
        <translation>Vorschau &amp;für die Sprache:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/preview.py" line="83"/>
        <source>Language of the preview&apos;s buyer</source>
        <translation>Sprache des Käufers in der Vorschau</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/preview.py" line="84"/>
        <source>the campaign&apos;s first marketplace</source>
        <translation>des ersten Marktplatzes der Kampagne</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/preview.py" line="100"/>
        <source>Card preview</source>
        <translation>Kartenvorschau</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/preview.py" line="112"/>
        <source>Preview note</source>
        <translation>Hinweis zur Vorschau</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/preview.py" line="132"/>
        <source>The QR code appears once the link starts with https://.</source>
        <translation>Der QR-Code erscheint, sobald der Link mit https:// beginnt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/preview.py" line="140"/>
        <source>Write a headline, a text or a QR link to see the card.</source>
        <translation>Schreiben Sie eine Überschrift, einen Text oder einen QR-Link, um die Karte zu sehen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/preview.py" line="156"/>
        <source>Sample order {0} ({1}); the code shown is an example: each card gets its own.</source>
        <translation>Beispielbestellung {0} ({1}); der gezeigte Code ist ein Beispiel: Jede Karte erhält ihren eigenen.</translation>
    </message>
</context>
<context>
    <name>CardSettings</name>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_settings.py" line="44"/>
        <location filename="../../seller_desktop/ui/campaigns/card_settings.py" line="45"/>
        <source>Card design</source>
        <extracomment>The settings as saved (validated by the core).</extracomment>
        <translation>Kartengestaltung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_settings.py" line="48"/>
        <source>Choose the brand colour</source>
        <translation>Markenfarbe wählen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_settings.py" line="50"/>
        <source>No col&amp;our</source>
        <translation>&amp;Ohne Farbe</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_settings.py" line="51"/>
        <source>No brand colour</source>
        <translation>Keine Markenfarbe</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_settings.py" line="57"/>
        <source>Brand &amp;colour:</source>
        <translation>&amp;Markenfarbe:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_settings.py" line="61"/>
        <source>&amp;Border around cards</source>
        <translation>&amp;Rahmen um die Karten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_settings.py" line="62"/>
        <source>Border around cards</source>
        <translation>Rahmen um die Karten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_settings.py" line="67"/>
        <source>Cards per parcel</source>
        <translation>Karten pro Paket</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_settings.py" line="71"/>
        <source>at most, the highest-priority campaigns first (the default card last)</source>
        <translation>höchstens, die Kampagnen mit der höchsten Priorität zuerst (die Standardkarte zuletzt)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_settings.py" line="74"/>
        <source>C&amp;ards per parcel:</source>
        <translation>Karten pro Pake&amp;t:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_settings.py" line="77"/>
        <source>Card design message</source>
        <translation>Meldung zur Kartengestaltung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_settings.py" line="103"/>
        <source>Choose a colour…</source>
        <translation>Farbe wählen…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_settings.py" line="112"/>
        <source>Brand colour of the cards</source>
        <translation>Markenfarbe der Karten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_settings.py" line="143"/>
        <source>Saved: cards print with this design from now on.</source>
        <translation>Gespeichert: Karten werden ab jetzt so gedruckt.</translation>
    </message>
</context>
<context>
    <name>CardTranslations</name>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/translations.py" line="38"/>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/translations.py" line="39"/>
        <source>Translations</source>
        <translation>Übersetzungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/translations.py" line="43"/>
        <source>Languages with text</source>
        <translation>Sprachen mit Text</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/translations.py" line="46"/>
        <source>Language of the translation</source>
        <translation>Sprache der Übersetzung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/translations.py" line="48"/>
        <source>T&amp;ranslation into:</source>
        <translation>Übersetzun&amp;g ins:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/translations.py" line="52"/>
        <source>Translated headline</source>
        <translation>Übersetzte Überschrift</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/translations.py" line="55"/>
        <source>Translated card text</source>
        <translation>Übersetzter Kartentext</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/translations.py" line="59"/>
        <source>Translated back-side text</source>
        <translation>Übersetzter Text der Rückseite</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/translations.py" line="62"/>
        <source>Headline:</source>
        <translation>Überschrift:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/translations.py" line="63"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/translations.py" line="64"/>
        <source>Back side:</source>
        <translation>Rückseite:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/translations.py" line="141"/>
        <source>The text above is in this language already</source>
        <translation>Der Text oben ist schon in dieser Sprache</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/translations.py" line="152"/>
        <source>Text also in: {0}</source>
        <translation>Text auch auf: {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/translations.py" line="155"/>
        <source>Only the text above so far. Add the card in another language: a buyer whose marketplace speaks it gets that card.</source>
        <translation>Bisher nur der Text oben. Fügen Sie die Karte in einer weiteren Sprache hinzu: Käufer eines Marktplatzes mit dieser Sprache erhalten dann diese Karte.</translation>
    </message>
</context>
<context>
    <name>ChangeArchivePassphraseDialog</name>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive_passphrase.py" line="31"/>
        <location filename="../../seller_desktop/ui/privacy/archive_passphrase.py" line="32"/>
        <location filename="../../seller_desktop/ui/privacy/archive_passphrase.py" line="66"/>
        <source>Change the archive passphrase</source>
        <translation>Die Archiv-Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive_passphrase.py" line="41"/>
        <source>Only the key that opens the archive is re-encrypted; the sealed entries stay as they are and all open with the new passphrase. Choose at least {0} characters, different from the store passphrase, and keep it safe: it cannot be reset. Copies of the archive folder made before today still open with the old passphrase.</source>
        <translation>Nur der Schlüssel, der das Archiv öffnet, wird neu verschlüsselt; die versiegelten Einträge bleiben unverändert und öffnen sich alle mit der neuen Passphrase. Wählen Sie mindestens {0} Zeichen, verschieden von der Datenbank-Passphrase, und bewahren Sie sie sicher auf: Sie lässt sich nicht zurücksetzen. Kopien des Archivordners von vor heute öffnen sich weiterhin mit der alten Passphrase.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive_passphrase.py" line="49"/>
        <source>Current archive passphrase</source>
        <translation>Aktuelle Archiv-Passphrase</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive_passphrase.py" line="50"/>
        <source>New archive passphrase</source>
        <translation>Neue Archiv-Passphrase</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive_passphrase.py" line="51"/>
        <source>New archive passphrase again</source>
        <translation>Neue Archiv-Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive_passphrase.py" line="53"/>
        <source>&amp;Current archive passphrase:</source>
        <translation>&amp;Aktuelle Archiv-Passphrase:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive_passphrase.py" line="54"/>
        <source>&amp;New archive passphrase:</source>
        <translation>&amp;Neue Archiv-Passphrase:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive_passphrase.py" line="55"/>
        <source>New passphrase &amp;again:</source>
        <translation>Neue Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive_passphrase.py" line="61"/>
        <source>Archive passphrase message</source>
        <translation>Meldung zur Archiv-Passphrase</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive_passphrase.py" line="65"/>
        <source>C&amp;hange passphrase</source>
        <translation>Passphrase &amp;ändern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive_passphrase.py" line="67"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive_passphrase.py" line="94"/>
        <source>Type the current archive passphrase.</source>
        <translation>Geben Sie die aktuelle Archiv-Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive_passphrase.py" line="98"/>
        <source>The new passphrase must have at least {0} characters. A few unrelated words make a good one.</source>
        <translation>Die neue Passphrase muss mindestens {0} Zeichen haben. Einige Wörter, die nichts miteinander zu tun haben, ergeben eine gute.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive_passphrase.py" line="107"/>
        <source>The two new passphrases differ. Type the same one twice.</source>
        <translation>Die beiden neuen Passphrasen unterscheiden sich. Geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive_passphrase.py" line="114"/>
        <source>The new passphrase is the same as the current one. Choose another.</source>
        <translation>Die neue Passphrase ist dieselbe wie die aktuelle. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive_passphrase.py" line="128"/>
        <source>Re-encrypting the archive key with the new passphrase…</source>
        <translation>Der Archivschlüssel wird mit der neuen Passphrase neu verschlüsselt…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive_passphrase.py" line="135"/>
        <source>The current archive passphrase is not right. Nothing was changed.</source>
        <translation>Die aktuelle Archiv-Passphrase stimmt nicht. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../seller_desktop/ui/settings/passphrase_dialog.py" line="42"/>
        <location filename="../../seller_desktop/ui/settings/passphrase_dialog.py" line="43"/>
        <source>Change passphrase</source>
        <extracomment>The rekey runs on the window&apos;s job runner, as every write does: the hourly wipe then waits for it instead of starting in the middle of it.</extracomment>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/passphrase_dialog.py" line="54"/>
        <source>The store is re-encrypted with the new passphrase. It cannot be recovered if you forget it, so keep it somewhere safe. At least {0} characters.</source>
        <translation>Die Datenbank wird mit der neuen Passphrase neu verschlüsselt. Wenn Sie sie vergessen, lässt sie sich nicht wiederherstellen; bewahren Sie sie also sicher auf. Mindestens {0} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/passphrase_dialog.py" line="60"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/passphrase_dialog.py" line="61"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/passphrase_dialog.py" line="62"/>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/passphrase_dialog.py" line="64"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/passphrase_dialog.py" line="65"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/passphrase_dialog.py" line="66"/>
        <source>New passphrase &amp;again:</source>
        <translation>Neue Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/passphrase_dialog.py" line="72"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/passphrase_dialog.py" line="75"/>
        <source>C&amp;hange passphrase</source>
        <translation>Passphrase &amp;ändern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/passphrase_dialog.py" line="88"/>
        <source>The passphrase has been changed. From now on only the new passphrase opens this store; the old one no longer works.</source>
        <translation>Die Passphrase wurde geändert. Ab jetzt öffnet nur noch die neue Passphrase diese Datenbank; die alte funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/passphrase_dialog.py" line="107"/>
        <source>Enter the current passphrase.</source>
        <translation>Geben Sie die aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/passphrase_dialog.py" line="110"/>
        <source>The two new passphrases do not match. Type them again.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein. Geben Sie sie noch einmal ein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/passphrase_dialog.py" line="117"/>
        <source>The new passphrase must have at least {0} characters. A few unrelated words make a good one.</source>
        <translation>Die neue Passphrase muss mindestens {0} Zeichen haben. Einige Wörter, die nichts miteinander zu tun haben, ergeben eine gute.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/passphrase_dialog.py" line="142"/>
        <source>Re-encrypting the store with the new passphrase…</source>
        <translation>Die Datenbank wird mit der neuen Passphrase neu verschlüsselt…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/passphrase_dialog.py" line="153"/>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Die aktuelle Passphrase stimmt nicht. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ConfirmationExport</name>
    <message>
        <location filename="../../seller_desktop/ui/orders/confirmations.py" line="37"/>
        <source>Export shipping confirmations</source>
        <extracomment>Shipments were marked confirmed (the orders page and status may want to refresh).</extracomment>
        <translation>Versandbestätigungen exportieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/confirmations.py" line="39"/>
        <source>Tab-separated text (*.txt)</source>
        <translation>Text mit Tabulatoren (*.txt)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/confirmations.py" line="61"/>
        <source>Cannot write {0}: {1}. Nothing was marked as confirmed.</source>
        <translation>{0} kann nicht geschrieben werden: {1}. Es wurde nichts als bestätigt markiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/orders/confirmations.py" line="74"/>
        <source>Wrote %n rows to {0}. Upload it in Seller Central under Orders › Upload order related files › Shipping confirmation.</source>
        <translation>
            <numerusform>%n Zeile in {0} geschrieben. Laden Sie die Datei in Seller Central unter Bestellungen › Auftragsbezogene Dateien hochladen › Versandbestätigung hoch.</numerusform>
            <numerusform>%n Zeilen in {0} geschrieben. Laden Sie die Datei in Seller Central unter Bestellungen › Auftragsbezogene Dateien hochladen › Versandbestätigung hoch.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/confirmations.py" line="82"/>
        <source>No new shipments to confirm: {0} holds only the header. To send earlier ones again, use Export all shipping confirmations again.</source>
        <translation>Keine neuen Sendungen zu bestätigen: {0} enthält nur die Kopfzeile. Um frühere erneut zu senden, verwenden Sie „Alle Versandbestätigungen erneut exportieren“.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/confirmations.py" line="87"/>
        <source>Left out of the file, because their shipments have no carrier and Amazon refuses a confirmation without one: {0}. Confirm these orders in Seller Central with their carrier.</source>
        <translation>Nicht in der Datei, weil ihre Sendungen keinen Versanddienst haben und Amazon eine Bestätigung ohne ihn ablehnt: {0}. Bestätigen Sie diese Bestellungen in Seller Central mit ihrem Versanddienst.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/confirmations.py" line="98"/>
        <source>Shipping confirmations</source>
        <translation>Versandbestätigungen</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../seller_desktop/ui/app/crash_dialog.py" line="58"/>
        <source>Seller Desktop — Unexpected error</source>
        <translation>Seller Desktop – Unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/crash_dialog.py" line="64"/>
        <source>Something went wrong inside Seller Desktop. This is a bug, not something you did; your store is safe.
Customer names, addresses and e-mails have been removed from the report below. Please look it over, copy it and send it to us. Restarting the app is a good idea.</source>
        <translation>In Seller Desktop ist etwas schiefgelaufen. Das ist ein Programmfehler, nicht Ihr Fehler; Ihre Datenbank ist sicher.
Namen, Adressen und E-Mail-Adressen von Kunden wurden aus dem Bericht unten entfernt. Bitte sehen Sie ihn durch, kopieren Sie ihn und senden Sie ihn uns. Ein Neustart der App ist empfehlenswert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/crash_dialog.py" line="76"/>
        <source>Crash report</source>
        <translation>Fehlerbericht</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/crash_dialog.py" line="79"/>
        <source>The app&apos;s log is in: {folder}</source>
        <translation>Das Protokoll der App liegt in: {folder}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/crash_dialog.py" line="81"/>
        <source>No log file was set up.</source>
        <translation>Es wurde keine Protokolldatei eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/crash_dialog.py" line="87"/>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/crash_dialog.py" line="88"/>
        <source>Copy crash report</source>
        <translation>Fehlerbericht kopieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/crash_dialog.py" line="103"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>CustomizationLinks</name>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail_customization.py" line="49"/>
        <source>Open the buyer&apos;s customization in your browser</source>
        <translation>Die Personalisierung des Käufers im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>EntryViewer</name>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="271"/>
        <source>Tax archive entry {0}</source>
        <translation>Eintrag im Steuerarchiv: {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="272"/>
        <source>Tax archive entry</source>
        <translation>Eintrag im Steuerarchiv</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="280"/>
        <source>Kept for the tax authorities until {0}. Opening it was written to the event log. Nothing of it is shown anywhere else.</source>
        <translation>Für die Steuerbehörden aufbewahrt bis {0}. Das Öffnen wurde im Ereignisprotokoll vermerkt. Nichts davon wird an anderer Stelle angezeigt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="287"/>
        <source>Archived document</source>
        <translation>Archiviertes Dokument</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="293"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ErasureTab</name>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="68"/>
        <source>Erasure message</source>
        <extracomment>Contact details were erased: the page announces it and reads anew. The open confirmation and save dialog, if any (tests reach them here).</extracomment>
        <translation>Meldung zur Löschung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="73"/>
        <source>Erase orders now</source>
        <translation>Bestellungen jetzt löschen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="78"/>
        <source>Removes the contact details of these orders at once (a buyer&apos;s request under GDPR Art. 17). The orders stay, without names and addresses. This cannot be undone.</source>
        <translation>Löscht die Kontaktdaten dieser Bestellungen sofort (Antrag eines Käufers nach Art. 17 DSGVO). Die Bestellungen bleiben erhalten, ohne Namen und Adressen. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="84"/>
        <source>Order &amp;ids:</source>
        <translation>Bestell&amp;nummern:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="86"/>
        <source>Order ids to erase</source>
        <translation>Zu löschende Bestellnummern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="87"/>
        <source>Order ids, separated by spaces or commas</source>
        <translation>Bestellnummern, getrennt durch Leerzeichen oder Kommas</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="90"/>
        <source>Use &amp;selected orders</source>
        <translation>Ausge&amp;wählte Bestellungen übernehmen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="91"/>
        <source>Use the orders selected on the Orders page</source>
        <translation>Die auf der Seite „Bestellungen“ ausgewählten Bestellungen übernehmen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="95"/>
        <source>Erase…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="95"/>
        <source>Erase these orders</source>
        <translation>Diese Bestellungen löschen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="105"/>
        <source>A buyer, by e-mail address</source>
        <translation>Ein Käufer, nach E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="110"/>
        <source>Find every order of one buyer that still holds contact details, by the e-mail address on the order. Erase them all, or export what the store holds about the buyer as a JSON file (GDPR Art. 15) — the file is yours to send to the buyer.</source>
        <translation>Findet über die E-Mail-Adresse der Bestellung jede Bestellung eines Käufers, die noch Kontaktdaten enthält. Löschen Sie sie alle oder exportieren Sie, was die Datenbank über den Käufer enthält, als JSON-Datei (Art. 15 DSGVO) – die Datei können Sie dem Käufer schicken.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="117"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="119"/>
        <source>Buyer&apos;s e-mail address</source>
        <translation>E-Mail-Adresse des Käufers</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="123"/>
        <source>Erase buyer…</source>
        <translation>Käufer löschen…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="123"/>
        <source>Erase this buyer&apos;s orders</source>
        <translation>Die Bestellungen dieses Käufers löschen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="126"/>
        <source>E&amp;xport as JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="127"/>
        <source>Export this buyer&apos;s data as JSON</source>
        <translation>Die Daten dieses Käufers als JSON exportieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="131"/>
        <source>Export as &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="132"/>
        <source>Export this buyer&apos;s data as a readable PDF</source>
        <translation>Die Daten dieses Käufers als lesbare PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="150"/>
        <source>No orders are selected on the Orders page. Select them there, or type their ids.</source>
        <translation>Auf der Seite „Bestellungen“ sind keine Bestellungen ausgewählt. Wählen Sie sie dort aus oder geben Sie ihre Bestellnummern ein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="160"/>
        <source>Type the order ids to erase.</source>
        <translation>Geben Sie die Bestellnummern ein, die gelöscht werden sollen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="164"/>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="185"/>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="318"/>
        <source>Another task is running. Try again in a moment.</source>
        <translation>Gerade läuft eine andere Aufgabe. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="170"/>
        <source>No such order in the store: {0}. Nothing was erased.</source>
        <translation>Diese Bestellung gibt es in der Datenbank nicht: {0}. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="177"/>
        <source>Erase the contact details of these {0} orders now?</source>
        <translation>Die Kontaktdaten dieser {0} Bestellungen jetzt löschen?</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="179"/>
        <source>Erase the contact details of this order now?</source>
        <translation>Die Kontaktdaten dieser Bestellung jetzt löschen?</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="196"/>
        <source>No order holding contact details has this e-mail address. Nothing to erase.</source>
        <translation>Keine Bestellung mit Kontaktdaten hat diese E-Mail-Adresse. Es gibt nichts zu löschen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="203"/>
        <source>This buyer has %n orders holding contact details. Erase them all now?</source>
        <translation>
            <numerusform>Dieser Käufer hat %n Bestellung mit Kontaktdaten. Jetzt löschen?</numerusform>
            <numerusform>Dieser Käufer hat %n Bestellungen mit Kontaktdaten. Jetzt alle löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="212"/>
        <source>Erase contact details</source>
        <translation>Kontaktdaten löschen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="220"/>
        <source>Orders: {0}

Names, addresses, phone numbers and e-mail of these orders are removed for good; the orders stay. This cannot be undone.</source>
        <translation>Bestellungen: {0}

Namen, Adressen, Telefonnummern und E-Mail-Adressen dieser Bestellungen werden endgültig gelöscht; die Bestellungen bleiben erhalten. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="225"/>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="226"/>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="247"/>
        <source>The contact details are erased, but another program was reading the store, so the old copies on disk could not be overwritten yet. Seller Desktop does that at the next hourly pass, or close other Seller Desktop windows and commands now.</source>
        <translation>Die Kontaktdaten sind gelöscht, aber ein anderes Programm hat gerade den Datenspeicher gelesen, daher konnten die alten Kopien auf der Festplatte noch nicht überschrieben werden. Seller Desktop holt das beim nächsten stündlichen Durchlauf nach, oder schließen Sie jetzt andere Fenster und Befehle von Seller Desktop.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="254"/>
        <source>Erased the contact details of %n orders: {0}</source>
        <translation>
            <numerusform>Die Kontaktdaten von %n Bestellung wurden gelöscht: {0}</numerusform>
            <numerusform>Die Kontaktdaten von %n Bestellungen wurden gelöscht: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="258"/>
        <source>These orders held no contact details any more; nothing to erase.</source>
        <translation>Diese Bestellungen enthielten keine Kontaktdaten mehr; es gab nichts zu löschen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="279"/>
        <source>Type the buyer&apos;s e-mail address first.</source>
        <translation>Geben Sie zuerst die E-Mail-Adresse des Käufers ein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="285"/>
        <source>Export a buyer&apos;s data as PDF</source>
        <translation>Die Daten eines Käufers als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="287"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="293"/>
        <source>Export a buyer&apos;s data</source>
        <translation>Die Daten eines Käufers exportieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="295"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="329"/>
        <source>No order holding contact details has this e-mail address; no file was written.</source>
        <translation>Keine Bestellung mit Kontaktdaten hat diese E-Mail-Adresse; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="340"/>
        <source>The file could not be written ({0}).</source>
        <translation>Die Datei konnte nicht geschrieben werden ({0}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/privacy/erasure.py" line="346"/>
        <source>Exported %n orders to {0}.</source>
        <translation>
            <numerusform>%n Bestellung nach {0} exportiert.</numerusform>
            <numerusform>%n Bestellungen nach {0} exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExceptionHandler</name>
    <message>
        <location filename="../../seller_desktop/ui/app/crash_dialog.py" line="165"/>
        <source>Seller Desktop</source>
        <translation>Seller Desktop</translation>
    </message>
</context>
<context>
    <name>ExclusionsBox</name>
    <message>
        <location filename="../../seller_desktop/ui/reviews/exclusions.py" line="19"/>
        <source>Never ask for a review</source>
        <extracomment>The seller changed a setting (the new ``Exclusions``).</extracomment>
        <translation>Nie um eine Bewertung bitten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/exclusions.py" line="22"/>
        <source>SKUs, separated by commas</source>
        <translation>SKUs, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/exclusions.py" line="23"/>
        <source>SKUs never asked</source>
        <translation>SKUs, für die nie gefragt wird</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/exclusions.py" line="24"/>
        <source>Orders with a refund or return</source>
        <translation>Bestellungen mit Erstattung oder Rücksendung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/exclusions.py" line="25"/>
        <source>Cancellations the buyer asked for</source>
        <translation>Vom Käufer erbetene Stornierungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/exclusions.py" line="26"/>
        <source>Orders delivered late</source>
        <translation>Verspätet zugestellte Bestellungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/exclusions.py" line="27"/>
        <source>SKUs:</source>
        <translation>SKUs:</translation>
    </message>
</context>
<context>
    <name>FactsDialog</name>
    <message>
        <location filename="../../seller_desktop/ui/reviews/facts_dialog.py" line="29"/>
        <source>Order {0}</source>
        <translation>Bestellung {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/facts_dialog.py" line="33"/>
        <source>Record what Amazon&apos;s data may not say. The delivery day sets the review window when Amazon gave no promised delivery dates.</source>
        <translation>Halten Sie fest, was Amazons Daten vielleicht nicht sagen. Der Liefertag bestimmt das Bewertungsfenster, wenn Amazon keine zugesagten Liefertermine angegeben hat.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/facts_dialog.py" line="39"/>
        <source>&amp;Delivered on:</source>
        <translation>&amp;Geliefert am:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/facts_dialog.py" line="43"/>
        <source>Delivery day</source>
        <translation>Liefertag</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/facts_dialog.py" line="50"/>
        <source>The order was &amp;refunded or returned</source>
        <translation>Die Bestellung wurde e&amp;rstattet oder zurückgesandt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/facts_dialog.py" line="52"/>
        <source>The &amp;buyer asked to cancel</source>
        <translation>Der &amp;Käufer hat um Stornierung gebeten</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="179"/>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="180"/>
        <source>Place a legal hold</source>
        <translation>Eine Löschsperre setzen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="188"/>
        <source>A legal hold keeps one order&apos;s invoice details (buyer name, billing address, tax id) past their retention deadline, sealed in the tax archive, until the day you choose. Use it only where the law or a dispute requires it.</source>
        <translation>Eine Löschsperre bewahrt die Rechnungsdaten einer Bestellung (Name des Käufers, Rechnungsadresse, Steuernummer) über ihre Löschfrist hinaus versiegelt im Steuerarchiv auf, bis zu dem Tag, den Sie wählen. Verwenden Sie sie nur, wenn das Gesetz oder ein Rechtsstreit es verlangt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="196"/>
        <source>Order id</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="199"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="201"/>
        <source>e.g. open dispute, case number</source>
        <translation>z. B. offener Streitfall, Aktenzeichen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="203"/>
        <source>Keep until</source>
        <translation>Aufbewahren bis</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="209"/>
        <source>&amp;Order id:</source>
        <translation>&amp;Bestellnummer:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="210"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="211"/>
        <source>Keep &amp;until:</source>
        <translation>Aufbewahren b&amp;is:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="219"/>
        <source>The reason is stored readable, without the archive passphrase: do not write a buyer&apos;s name, address or e-mail into it.</source>
        <translation>Der Grund wird lesbar gespeichert, ohne Archiv-Passphrase: Schreiben Sie keinen Namen, keine Adresse und keine E-Mail-Adresse eines Käufers hinein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="225"/>
        <source>Hold message</source>
        <translation>Meldung zur Löschsperre</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="228"/>
        <source>&amp;Place hold</source>
        <translation>Löschsperre &amp;setzen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="229"/>
        <source>Place hold</source>
        <translation>Löschsperre setzen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="231"/>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="232"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="246"/>
        <source>Give the order id.</source>
        <translation>Geben Sie die Bestellnummer an.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="250"/>
        <source>Give a reason, e.g. the case or dispute it is for.</source>
        <translation>Geben Sie einen Grund an, z. B. den Fall oder Streit, um den es geht.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../seller_desktop/ui/importing/files.py" line="59"/>
        <source>Import Amazon order reports</source>
        <extracomment>The key in ``ui.ini`` of the folder the last reports were chosen from.</extracomment>
        <translation>Amazon-Bestellberichte importieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/files.py" line="66"/>
        <source>Amazon order reports (*.txt *.tsv *.csv)</source>
        <translation>Amazon-Bestellberichte (*.txt *.tsv *.csv)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/files.py" line="67"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/dialog.py" line="67"/>
        <location filename="../../seller_desktop/ui/importing/dialog.py" line="68"/>
        <source>Import orders</source>
        <extracomment>Emitted once, when the last file is done (or the rest was cancelled) and the worker is idle: True if any file added or updated orders. The window refreshes then, not before.</extracomment>
        <translation>Bestellungen importieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/pages.py" line="48"/>
        <source>File being imported</source>
        <translation>Datei, die importiert wird</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/pages.py" line="50"/>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/pages.py" line="53"/>
        <source>Rows imported</source>
        <translation>Importierte Zeilen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/dialog.py" line="185"/>
        <location filename="../../seller_desktop/ui/importing/pages.py" line="54"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/pages.py" line="55"/>
        <source>Cancel the import</source>
        <translation>Den Import abbrechen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/pages.py" line="78"/>
        <source>Rows with problems</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/pages.py" line="81"/>
        <source>Import the Rest</source>
        <translation>Rest importieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/pages.py" line="83"/>
        <source>Import the good orders, skip the problem rows</source>
        <translation>Die einwandfreien Bestellungen importieren, die fehlerhaften Zeilen überspringen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/pages.py" line="85"/>
        <source>Import Nothing</source>
        <translation>Nichts importieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/pages.py" line="87"/>
        <source>Import nothing from this file</source>
        <translation>Nichts aus dieser Datei importieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/pages.py" line="108"/>
        <source>Import summary</source>
        <translation>Zusammenfassung des Imports</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/pages.py" line="115"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/dialog.py" line="176"/>
        <source>Importing orders</source>
        <translation>Bestellungen werden importiert</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/dialog.py" line="176"/>
        <source>Importing the rest of the file</source>
        <translation>Der Rest der Datei wird importiert</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/dialog.py" line="179"/>
        <source>{0} (file {1} of {2})</source>
        <translation>{0} (Datei {1} von {2})</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/dialog.py" line="197"/>
        <source>Not imported: another task was running.</source>
        <translation>Nicht importiert: Eine andere Aufgabe lief gerade.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/dialog.py" line="208"/>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/dialog.py" line="213"/>
        <source>{0} of {1} rows</source>
        <translation>{0} von {1} Zeilen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/dialog.py" line="248"/>
        <source>No row of this file could be imported.</source>
        <translation>Keine Zeile dieser Datei konnte importiert werden.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/dialog.py" line="266"/>
        <source>An unexpected error stopped the import of this file; nothing of it was imported.</source>
        <translation>Ein unerwarteter Fehler hat den Import dieser Datei abgebrochen; nichts davon wurde importiert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/dialog.py" line="292"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/dialog.py" line="293"/>
        <source>Cancelling: undoing this file&apos;s changes…</source>
        <translation>Abbruch: Die Änderungen dieser Datei werden rückgängig gemacht…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/dialog.py" line="304"/>
        <source>Some rows of {0} have problems</source>
        <translation>Einige Zeilen von {0} sind fehlerhaft</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/importing/dialog.py" line="308"/>
        <source>%Ln of the file&apos;s {0} rows cannot be imported. An order with a problem row is left out as a whole, so that no order is imported half.</source>
        <translation>
            <numerusform>%Ln der {0} Zeilen der Datei kann nicht importiert werden. Eine Bestellung mit einer fehlerhaften Zeile wird ganz ausgelassen, damit keine Bestellung nur zur Hälfte importiert wird.</numerusform>
            <numerusform>%Ln der {0} Zeilen der Datei können nicht importiert werden. Eine Bestellung mit einer fehlerhaften Zeile wird ganz ausgelassen, damit keine Bestellung nur zur Hälfte importiert wird.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/dialog.py" line="318"/>
        <source>Import the rest of the file and skip these rows, or import nothing from this file (for example to fix the report and import it again).</source>
        <translation>Importieren Sie den Rest der Datei und überspringen Sie diese Zeilen, oder importieren Sie nichts aus dieser Datei (zum Beispiel, um den Bericht zu korrigieren und erneut zu importieren).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/results.py" line="50"/>
        <source>Import cancelled</source>
        <extracomment>Problem lines listed on the question and summary pages; the rest are counted.</extracomment>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/results.py" line="52"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/results.py" line="54"/>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/results.py" line="55"/>
        <source>Import finished, with problems</source>
        <translation>Import abgeschlossen, mit Problemen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/results.py" line="69"/>
        <source>In all: {0} new and {1} updated orders from {2} of {3} files.</source>
        <translation>Insgesamt: {0} neue und {1} aktualisierte Bestellungen aus {2} von {3} Dateien.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/results.py" line="126"/>
        <source>{0} new, {1} updated, {2} unchanged orders ({3} items)</source>
        <translation>Bestellungen: {0} neu, {1} aktualisiert, {2} unverändert ({3} Artikel)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/results.py" line="132"/>
        <source>{0} report, {1}</source>
        <translation>Bericht: {0}, {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/importing/results.py" line="146"/>
        <source>%Ln orders were already past their retention deadline: their contact details were not stored.</source>
        <translation>
            <numerusform>%Ln Bestellung war bereits nach Ablauf ihrer Löschfrist: Ihre Kontaktdaten wurden nicht gespeichert.</numerusform>
            <numerusform>%Ln Bestellungen waren bereits nach Ablauf ihrer Löschfrist: Ihre Kontaktdaten wurden nicht gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/importing/results.py" line="156"/>
        <source>%Ln rows skipped (Fulfilled by Amazon or cancelled): they are not orders to ship.</source>
        <translation>
            <numerusform>%Ln Zeile übersprungen (Versand durch Amazon oder storniert): Sie ist keine Bestellung zum Versenden.</numerusform>
            <numerusform>%Ln Zeilen übersprungen (Versand durch Amazon oder storniert): Sie sind keine Bestellungen zum Versenden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/results.py" line="165"/>
        <source>Nothing to ship in this file: all its order rows are fulfilled by Amazon or cancelled.</source>
        <translation>In dieser Datei ist nichts zu versenden: Alle ihre Bestellzeilen werden von Amazon versandt oder sind storniert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/importing/results.py" line="173"/>
        <source>%Ln rows with problems were left out:</source>
        <translation>
            <numerusform>%Ln fehlerhafte Zeile wurde ausgelassen:</numerusform>
            <numerusform>%Ln fehlerhafte Zeilen wurden ausgelassen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/results.py" line="100"/>
        <source>Nothing imported, as you chose: {0} rows have problems.</source>
        <translation>Nichts importiert, wie von Ihnen gewählt. Fehlerhafte Zeilen: {0}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/results.py" line="103"/>
        <source>Cancelled: nothing of this file was imported.</source>
        <translation>Abgebrochen: Nichts aus dieser Datei wurde importiert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/results.py" line="107"/>
        <source>Not imported: the import was stopped before this file.</source>
        <translation>Nicht importiert: Der Import wurde vor dieser Datei angehalten.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/results.py" line="113"/>
        <source>Not imported.</source>
        <translation>Nicht importiert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/results.py" line="203"/>
        <source>Windows-31J (Japanese)</source>
        <translation>Windows-31J (Japanisch)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/results.py" line="219"/>
        <source>Line {0}: {1}</source>
        <translation>Zeile {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/results.py" line="224"/>
        <source>… and {0} more</source>
        <translation>… und {0} weitere</translation>
    </message>
</context>
<context>
    <name>ImportGuide</name>
    <message>
        <location filename="../../seller_desktop/ui/importing/guide.py" line="32"/>
        <source>Import orders</source>
        <translation>Bestellungen importieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/guide.py" line="37"/>
        <source>1. In Seller Central, open Orders › Order Reports › Unshipped Orders and request the report.
2. Download it when it is ready: a tab-separated .txt file.
3. Choose it here, or drag it onto this window or the Orders page.</source>
        <translation>1. Öffnen Sie in Seller Central Bestellungen › Bestellberichte › Nicht versandte Bestellungen und fordern Sie den Bericht an.
2. Laden Sie ihn herunter, sobald er bereit ist: eine tabulatorgetrennte .txt-Datei.
3. Wählen Sie ihn hier aus oder ziehen Sie ihn auf dieses Fenster oder die Seite Bestellungen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/guide.py" line="47"/>
        <source>Also read: Order Fulfilment reports (New Orders, shipping, invoicing, tax) and Reports › Fulfilment › All Orders. Import the file as downloaded, without saving it in a spreadsheet first. Importing the same orders again updates them.</source>
        <translation>Ebenfalls lesbar: Berichte zur Auftragsabwicklung (neue Bestellungen, Versand, Rechnungsstellung, Steuer) und Berichte › Versand durch Amazon › Alle Bestellungen. Importieren Sie die Datei so, wie sie heruntergeladen wurde, ohne sie vorher in einer Tabellenkalkulation zu speichern. Ein erneuter Import derselben Bestellungen aktualisiert sie.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/guide.py" line="55"/>
        <source>Choose report files…</source>
        <translation>Berichtsdateien auswählen…</translation>
    </message>
</context>
<context>
    <name>LabelRow</name>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/label_row.py" line="31"/>
        <source>Shipping label</source>
        <translation>Versandetikett</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/label_row.py" line="32"/>
        <source>Reprint label</source>
        <translation>Etikett erneut drucken</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/label_row.py" line="33"/>
        <source>Void label…</source>
        <translation>Etikett stornieren…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/label_row.py" line="51"/>
        <source>Label: {0} {1}, tracking {2}</source>
        <translation>Etikett: {0} {1}, Sendungsnummer {2}</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <location filename="../../seller_desktop/ui/common/formatting.py" line="22"/>
        <source>US Letter, one slip per sheet</source>
        <extracomment>The page layouts&apos; descriptions as ``core.documents`` names them (slips and pick lists, then insert cards). The core has no Qt, so they are marked for translation here and looked up by their English text in ``layout_text``; a test checks that every layout of the core is listed.</extracomment>
        <translation>US Letter, ein Lieferschein pro Blatt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/formatting.py" line="23"/>
        <source>A4, one slip per sheet</source>
        <translation>A4, ein Lieferschein pro Blatt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/formatting.py" line="24"/>
        <source>US Letter, two slips per sheet with a cut line</source>
        <translation>US Letter, zwei Lieferscheine pro Blatt mit Schnittlinie</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/formatting.py" line="25"/>
        <source>A4, two slips per sheet with a cut line</source>
        <translation>A4, zwei Lieferscheine pro Blatt mit Schnittlinie</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/formatting.py" line="26"/>
        <source>4 x 6 in thermal label</source>
        <translation>Thermoetikett 4 × 6 Zoll</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/formatting.py" line="27"/>
        <source>4 x 8 in thermal label</source>
        <translation>Thermoetikett 4 × 8 Zoll</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/formatting.py" line="28"/>
        <source>100 x 150 mm thermal label</source>
        <translation>Thermoetikett 100 × 150 mm</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/formatting.py" line="29"/>
        <source>A6 (105 x 148 mm)</source>
        <translation>A6 (105 × 148 mm)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/formatting.py" line="30"/>
        <source>6 x 4 in postcard, one card per sheet</source>
        <translation>Postkarte 6 × 4 Zoll, eine Karte pro Blatt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/formatting.py" line="31"/>
        <source>A6 postcard (148 x 105 mm), one card per sheet</source>
        <translation>Postkarte A6 (148 × 105 mm), eine Karte pro Blatt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/formatting.py" line="32"/>
        <source>US Letter, four 5 x 3.75 in cards with crop marks</source>
        <translation>US Letter, vier Karten 5 × 3,75 Zoll mit Schnittmarken</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/formatting.py" line="33"/>
        <source>A4, four 139 x 95 mm cards with crop marks</source>
        <translation>A4, vier Karten 139 × 95 mm mit Schnittmarken</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/formatting.py" line="34"/>
        <source>US Letter, ten 3.5 x 2 in business cards (Avery 5371 compatible)</source>
        <translation>US Letter, zehn Visitenkarten 3,5 × 2 Zoll (kompatibel mit Avery 5371)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/formatting.py" line="37"/>
        <source>4 x 6 in thermal label, one card per label</source>
        <translation>Thermoetikett 4 × 6 Zoll, eine Karte pro Etikett</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/formatting.py" line="41"/>
        <source>4 x 6 in postcards or index cards</source>
        <translation>Postkarten oder Karteikarten 4 × 6 Zoll</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/formatting.py" line="42"/>
        <source>A6 postcards</source>
        <translation>A6-Postkarten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/formatting.py" line="43"/>
        <source>Letter card stock, cut at the marks</source>
        <translation>Karton im Letter-Format, an den Marken geschnitten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/formatting.py" line="44"/>
        <source>A4 card stock, cut at the marks</source>
        <translation>A4-Karton, an den Marken geschnitten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/formatting.py" line="45"/>
        <source>Avery 5371, 8371 or compatible</source>
        <translation>Avery 5371, 8371 oder kompatibel</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/formatting.py" line="46"/>
        <source>4 x 6 in direct thermal labels</source>
        <translation>Thermodirekt-Etiketten 4 × 6 Zoll</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/formatting.py" line="59"/>
        <source>{0} — on {1}</source>
        <translation>{0} — auf {1}</translation>
    </message>
</context>
<context>
    <name>LegalHolds</name>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/holds.py" line="34"/>
        <location filename="../../seller_desktop/ui/privacy/archive/holds.py" line="37"/>
        <source>Legal holds</source>
        <extracomment>A hold was placed or released (GUI thread): the page announces it and reads anew. The open dialog, if any (tests reach it here).</extracomment>
        <translation>Löschsperren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/holds.py" line="38"/>
        <source>Order id</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/holds.py" line="38"/>
        <source>Kept until</source>
        <translation>Aufbewahrt bis</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/holds.py" line="38"/>
        <source>Sealed</source>
        <translation>Versiegelt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/holds.py" line="38"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/holds.py" line="45"/>
        <source>&amp;Place hold…</source>
        <translation>Löschsperre set&amp;zen…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/holds.py" line="45"/>
        <source>Place a legal hold</source>
        <translation>Eine Löschsperre setzen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/holds.py" line="48"/>
        <source>Re&amp;lease</source>
        <translation>A&amp;ufheben</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/holds.py" line="48"/>
        <source>Release the selected hold</source>
        <translation>Die gewählte Löschsperre aufheben</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/holds.py" line="62"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/holds.py" line="62"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/holds.py" line="80"/>
        <source>Another task is running. Try again in a moment.</source>
        <translation>Gerade läuft eine andere Aufgabe. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/holds.py" line="90"/>
        <source>Order {0} is held until {1}.</source>
        <translation>Für Bestellung {0} gilt eine Löschsperre bis {1}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/holds.py" line="109"/>
        <source>The hold on order {0} is released.</source>
        <translation>Die Löschsperre für Bestellung {0} ist aufgehoben.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../seller_desktop/ui/shell/main_window.py" line="89"/>
        <location filename="../../seller_desktop/ui/shell/main_window.py" line="408"/>
        <source>Seller Desktop</source>
        <extracomment>The seller asked to lock (File › Lock); the app hides the window and shows the unlock dialog. New settings were saved (the ``Settings`` object); e.g. the idle lock picks up its minutes. Privacy › Restore from file… was confirmed: the app closes the store and restores this file. Something in the store changed (a ``StoreChanges``): every job&apos;s end that declared one and every write a screen made on the GUI thread pass through ``announce``, which shows them (orders, status bar, open pages) and then emits this for anyone else who shows store data.</extracomment>
        <translation>Seller Desktop</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/navigation.py" line="26"/>
        <source>Today</source>
        <extracomment>Page keys in navigation order; Ctrl+1 … Ctrl+8 follow this order. Today comes first (what to do this morning); Verify after Print: the bench&apos;s order of work (print the slips, then scan each parcel&apos;s products); Reviews after the parcels are out.</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/navigation.py" line="27"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/navigation.py" line="28"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/navigation.py" line="29"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/navigation.py" line="30"/>
        <source>Reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/navigation.py" line="31"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/navigation.py" line="32"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/navigation.py" line="33"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/notices.py" line="35"/>
        <source>Demo store: the orders, names and addresses are invented, and the store is deleted when you quit.</source>
        <translation>Demo-Datenbank: Die Bestellungen, Namen und Adressen sind erfunden, und die Datenbank wird beim Beenden gelöscht.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/notices.py" line="42"/>
        <source>Demo notice</source>
        <translation>Hinweis zur Demo</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/notices.py" line="67"/>
        <source>Backup warning</source>
        <translation>Warnung zum Backup</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/navigation.py" line="52"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/navigation.py" line="59"/>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Strg+{1})</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/menus.py" line="51"/>
        <source>&amp;File</source>
        <extracomment>Export shipping confirmations; with ``again=True`` all of them, confirmed ones too. File › Sync with Amazon (enabled by ``ui.amazon.sync_runner`` while an account exists). View › one action per page, in ``PAGE_KEYS`` order (Ctrl+1 … Ctrl+6).</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/menus.py" line="52"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/menus.py" line="53"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/menus.py" line="55"/>
        <source>Import Amazon order reports (you can also drop the files onto the window)</source>
        <translation>Amazon-Bestellberichte importieren (Sie können die Dateien auch auf das Fenster ziehen)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/menus.py" line="62"/>
        <source>&amp;Export shipping confirmations…</source>
        <translation>&amp;Versandbestätigungen exportieren…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/menus.py" line="63"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/menus.py" line="65"/>
        <source>Amazon&apos;s upload file for shipments not confirmed yet</source>
        <translation>Die Upload-Datei für Amazon mit den noch nicht bestätigten Sendungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/menus.py" line="70"/>
        <source>Export all shipping confirmations &amp;again…</source>
        <translation>Alle Versandbestätigungen &amp;erneut exportieren…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/menus.py" line="75"/>
        <source>S&amp;ync with Amazon</source>
        <translation>Mit Amazon s&amp;ynchronisieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/menus.py" line="76"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/menus.py" line="78"/>
        <source>Fetch new and changed orders from Amazon and send confirmations</source>
        <translation>Neue und geänderte Bestellungen von Amazon abrufen und Versandbestätigungen senden</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/menus.py" line="83"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/menus.py" line="84"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/menus.py" line="86"/>
        <source>Lock the store until the passphrase is entered again</source>
        <translation>Die Datenbank sperren, bis die Passphrase wieder eingegeben wird</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/menus.py" line="91"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/menus.py" line="92"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/menus.py" line="97"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/menus.py" line="111"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/menus.py" line="112"/>
        <source>&amp;About Seller Desktop</source>
        <translation>Ü&amp;ber Seller Desktop</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/status_line.py" line="25"/>
        <source>Store status</source>
        <translation>Status der Datenbank</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/status_line.py" line="27"/>
        <source>Privacy wipe at start</source>
        <translation>Datenschutz-Löschung beim Start</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/status_line.py" line="33"/>
        <source>Last backup</source>
        <translation>Letztes Backup</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/status_line.py" line="43"/>
        <source>Orders: {0} · With contact details: {1}</source>
        <translation>Bestellungen: {0} · Mit Kontaktdaten: {1}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/status_line.py" line="50"/>
        <source>Removed contact details of 1 order past its retention deadline</source>
        <translation>Kontaktdaten von 1 Bestellung nach Ablauf der Löschfrist gelöscht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/shell/status_line.py" line="54"/>
        <source>Removed contact details of %n orders past their retention deadline</source>
        <translation>
            <numerusform>Kontaktdaten von %n Bestellung nach Ablauf der Löschfrist gelöscht</numerusform>
            <numerusform>Kontaktdaten von %n Bestellungen nach Ablauf der Löschfrist gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/status_line.py" line="63"/>
        <source>The privacy wipe did not finish; it will be retried at the next start. Contact details past their deadline are hidden meanwhile.</source>
        <translation>Die Datenschutz-Löschung wurde nicht abgeschlossen und wird beim nächsten Start wiederholt. Kontaktdaten nach Ablauf ihrer Frist sind bis dahin ausgeblendet.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/status_line.py" line="76"/>
        <source>No backup yet</source>
        <translation>Noch kein Backup</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/status_line.py" line="87"/>
        <source>d MMM</source>
        <extracomment>A Qt date format (d = day, MMM = short month name) for the status bar&apos;s &quot;Backed up 3 Dec&quot;: in the order and style of the language.</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/status_line.py" line="90"/>
        <source>Backed up {0}</source>
        <translation>Gesichert: {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/status_line.py" line="92"/>
        <source>Last backup: {0}</source>
        <translation>Letztes Backup: {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/notices.py" line="102"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/notices.py" line="103"/>
        <source>Seller Desktop may not write to its folder for backups</source>
        <translation>Seller Desktop darf nicht in seinen Ordner für Backups schreiben</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/notices.py" line="106"/>
        <source>the folder for backups is missing or is not a folder</source>
        <translation>der Ordner für Backups fehlt oder ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/notices.py" line="109"/>
        <source>the store could not be read</source>
        <translation>die Datenbank konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/notices.py" line="112"/>
        <source>an unexpected error (its kind is in the log)</source>
        <translation>ein unerwarteter Fehler (seine Art steht im Protokoll)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/notices.py" line="114"/>
        <source>The daily backup could not be made: {0}. Check there is free disk space for the folder “{1}”, or make a backup from Privacy › Backups.</source>
        <translation>Das tägliche Backup konnte nicht erstellt werden: {0}. Prüfen Sie, ob für den Ordner „{1}“ genug Speicherplatz frei ist, oder erstellen Sie ein Backup unter Datenschutz › Backups.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/notices.py" line="128"/>
        <source>Shipping labels</source>
        <translation>Versandetiketten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/print_previews.py" line="139"/>
        <source>Some orders cannot ship</source>
        <extracomment>The preview showing now, if any. The question about orders that cannot ship, while it is open.</extracomment>
        <translation>Einige Bestellungen können nicht versandt werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/shell/print_previews.py" line="140"/>
        <source>{0} of the %n order(s) cannot ship:</source>
        <translation>
            <numerusform>{0} der %n Bestellung kann nicht versandt werden:</numerusform>
            <numerusform>{0} der %n Bestellungen können nicht versandt werden:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/print_previews.py" line="151"/>
        <source>Leave them out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/print_previews.py" line="155"/>
        <source>Print anyway</source>
        <translation>Trotzdem drucken</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/print_previews.py" line="175"/>
        <source>Another task is running. Try again in a moment.</source>
        <translation>Gerade läuft eine andere Aufgabe. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/print_previews.py" line="212"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/print_previews.py" line="213"/>
        <source>pending: not paid yet</source>
        <translation>ausstehend: noch nicht bezahlt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/print_previews.py" line="214"/>
        <source>no contact details (removed or never entered)</source>
        <translation>keine Kontaktdaten (gelöscht oder nie eingegeben)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/print_previews.py" line="215"/>
        <source>no items left to ship</source>
        <translation>keine Artikel mehr zu versenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/shell/print_previews.py" line="220"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/status_line.py" line="100"/>
        <source>Removing contact details past their retention deadline… {0} of {1}</source>
        <translation>Kontaktdaten nach Ablauf der Löschfrist werden gelöscht… {0} von {1}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/report_files.py" line="102"/>
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/main_window.py" line="406"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/main_window.py" line="408"/>
        <source>Seller Desktop — {0}</source>
        <translation>Seller Desktop – {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/label_desk.py" line="96"/>
        <location filename="../../seller_desktop/ui/shell/label_desk.py" line="106"/>
        <source>Void label</source>
        <extracomment>The bench while it is open; the Void question while it is open.</extracomment>
        <translation>Etikett stornieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/label_desk.py" line="97"/>
        <source>Void the label of order {0}? Amazon cancels it (and refunds it), and the order is no longer shipped.</source>
        <translation>Das Etikett der Bestellung {0} stornieren? Amazon storniert es (und erstattet es), und die Bestellung gilt nicht mehr als versandt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/label_desk.py" line="138"/>
        <source>Voided the label of order {0}; it can get a new one.</source>
        <translation>Das Etikett der Bestellung {0} wurde storniert; sie kann ein neues erhalten.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/shell/label_desk.py" line="150"/>
        <source>Label not voided</source>
        <translation>Etikett nicht storniert</translation>
    </message>
</context>
<context>
    <name>NoRoleNotice</name>
    <message>
        <location filename="../../seller_desktop/ui/amazon/notice.py" line="20"/>
        <location filename="../../seller_desktop/ui/amazon/notice.py" line="23"/>
        <source>Amazon sends no addresses</source>
        <translation>Amazon sendet keine Adressen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/notice.py" line="25"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/notice.py" line="26"/>
        <source>Dismiss the note about addresses</source>
        <translation>Den Hinweis zu den Adressen ausblenden</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/amazon/notice.py" line="34"/>
        <source>Amazon sent the new orders without names and addresses: your app in Seller Central lacks Amazon&apos;s restricted role for contact details. Import the Unshipped Orders report (File › Import) for the addresses, or ask Amazon for the role (Develop Apps › edit your app) and authorize the app again.</source>
        <translation>Amazon hat die neuen Bestellungen ohne Namen und Adressen gesendet: Ihrer App in Seller Central fehlt Amazons eingeschränkte Rolle für Kontaktdaten. Importieren Sie für die Adressen den Bericht „Nicht versandte Bestellungen“ (Datei › Importieren), oder beantragen Sie die Rolle bei Amazon (Apps entwickeln › App bearbeiten) und autorisieren Sie die App danach erneut.</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/actions.py" line="57"/>
        <source>&amp;New order…</source>
        <extracomment>The editor saved an order (or None): the page reads again and selects it. Orders were shipped or marked printed here: the page reads again. Orders were marked shipped: their ids (the window sends queued confirmations to Amazon). Print… was asked for the selected orders: (document &quot;slips&quot; or &quot;pick_list&quot;, order ids). Buy labels… was asked for the selected orders: their ids (the window opens the bench).</extracomment>
        <translation>&amp;Neue Bestellung…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/actions.py" line="58"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/actions.py" line="59"/>
        <source>Mark &amp;shipped…</source>
        <translation>Als &amp;versandt markieren…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/actions.py" line="60"/>
        <source>Mark &amp;printed</source>
        <translation>Als &amp;gedruckt markieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/actions.py" line="61"/>
        <source>Mark n&amp;ot printed</source>
        <translation>Als n&amp;icht gedruckt markieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/actions.py" line="77"/>
        <source>Pr&amp;int</source>
        <translation>Dr&amp;ucken</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/actions.py" line="78"/>
        <source>Print the selected orders</source>
        <translation>Die ausgewählten Bestellungen drucken</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/actions.py" line="80"/>
        <source>Packing &amp;slips…</source>
        <translation>&amp;Lieferscheine…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/actions.py" line="81"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/actions.py" line="84"/>
        <source>Pick &amp;list…</source>
        <translation>&amp;Pickliste…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/actions.py" line="85"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/actions.py" line="89"/>
        <source>Buy and print shipping la&amp;bels…</source>
        <translation>Versandetiketten &amp;kaufen und drucken…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/actions.py" line="171"/>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
</context>
<context>
    <name>OrderDetailPane</name>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="88"/>
        <source>Order details</source>
        <extracomment>A child: deleted with the pane (the main window is deleted on a lock), it clears then. The lines ``ship_to`` shows, or [] when it shows a note instead of an address. The order whose address is on the clipboard (waiting for its timeout), if any.</extracomment>
        <translation>Bestelldetails</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="96"/>
        <source>Selected order</source>
        <translation>Ausgewählte Bestellung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="119"/>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="120"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="121"/>
        <source>Purchased</source>
        <translation>Gekauft am</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="122"/>
        <source>Ship by</source>
        <translation>Versand bis</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="123"/>
        <source>Deliver by</source>
        <translation>Zustellung bis</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="124"/>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="125"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="126"/>
        <source>Carrier and tracking number</source>
        <translation>Versanddienst und Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="127"/>
        <location filename="../../seller_desktop/ui/orders/shipment_texts.py" line="39"/>
        <source>Confirmed to Amazon</source>
        <translation>An Amazon bestätigt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="128"/>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="129"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="130"/>
        <source>Ship to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="131"/>
        <source>Customization</source>
        <translation>Personalisierung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="132"/>
        <source>Retention deadline</source>
        <translation>Löschen bis</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="136"/>
        <source>Marketplace:</source>
        <translation>Marktplatz:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="137"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="138"/>
        <source>Purchased:</source>
        <translation>Gekauft am:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="139"/>
        <source>Ship by:</source>
        <translation>Versand bis:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="140"/>
        <source>Deliver by:</source>
        <translation>Zustellung bis:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="141"/>
        <source>Shipped:</source>
        <translation>Versandt:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="142"/>
        <source>Delivered:</source>
        <translation>Zugestellt:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="143"/>
        <source>Carrier:</source>
        <translation>Versanddienst:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="144"/>
        <source>Amazon:</source>
        <translation>Amazon:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="150"/>
        <source>Items:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="151"/>
        <source>Ship to:</source>
        <translation>Lieferadresse:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="152"/>
        <source>Customization:</source>
        <translation>Personalisierung:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="153"/>
        <source>Printed:</source>
        <translation>Gedruckt:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="154"/>
        <source>Retention deadline:</source>
        <translation>Löschen bis:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="188"/>
        <source>Copy &amp;address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="189"/>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="191"/>
        <source>Copy order I&amp;D</source>
        <translation>Bestellnu&amp;mmer kopieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="192"/>
        <source>Copy order ID</source>
        <translation>Bestellnummer kopieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="194"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="196"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="199"/>
        <source>Copy the order ID ({0})</source>
        <translation>Die Bestellnummer kopieren ({0})</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="205"/>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="228"/>
        <source>Order ID copied</source>
        <translation>Bestellnummer kopiert</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="251"/>
        <source>Address copied — cleared from the clipboard in 1 minute</source>
        <translation>Adresse kopiert – wird in 1 Minute aus der Zwischenablage entfernt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/orders/detail.py" line="252"/>
        <source>Address copied — cleared from the clipboard in %n minutes</source>
        <translation>
            <numerusform>Adresse kopiert – wird in %n Minute aus der Zwischenablage entfernt</numerusform>
            <numerusform>Adresse kopiert – wird in %n Minuten aus der Zwischenablage entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="254"/>
        <source>Address copied — cleared from the clipboard in 1 second</source>
        <translation>Adresse kopiert – wird in 1 Sekunde aus der Zwischenablage entfernt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/orders/detail.py" line="255"/>
        <source>Address copied — cleared from the clipboard in %n seconds</source>
        <translation>
            <numerusform>Adresse kopiert – wird in %n Sekunde aus der Zwischenablage entfernt</numerusform>
            <numerusform>Adresse kopiert – wird in %n Sekunden aus der Zwischenablage entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="260"/>
        <source>Address removed from the clipboard</source>
        <translation>Adresse aus der Zwischenablage entfernt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="280"/>
        <source>Copy the address as shown, to paste it into a carrier&apos;s website ({0}). It is cleared from the clipboard again soon after.</source>
        <translation>Die Adresse so kopieren, wie sie angezeigt wird, um sie auf der Website eines Versanddienstleisters einzufügen ({0}). Sie wird kurz danach wieder aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="284"/>
        <source>This order holds no contact details to copy.</source>
        <translation>Diese Bestellung enthält keine Kontaktdaten zum Kopieren.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="301"/>
        <source>Select an order to see its details.</source>
        <translation>Wählen Sie eine Bestellung aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="311"/>
        <source>Order {0}</source>
        <translation>Bestellung {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="318"/>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="319"/>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="320"/>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="321"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="323"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="330"/>
        <source> ({0} shipped)</source>
        <translation> ({0} versandt)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="336"/>
        <source>No items</source>
        <translation>Keine Artikel</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="366"/>
        <source>Contact details removed (past the retention deadline)</source>
        <translation>Kontaktdaten gelöscht (Löschfrist abgelaufen)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/detail.py" line="368"/>
        <source>No contact details stored for this order</source>
        <translation>Für diese Bestellung sind keine Kontaktdaten gespeichert</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/shipment_texts.py" line="20"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/shipment_texts.py" line="21"/>
        <source>no carrier</source>
        <translation>kein Versanddienst</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/shipment_texts.py" line="22"/>
        <source>no tracking number</source>
        <translation>keine Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/shipment_texts.py" line="28"/>
        <source>{0} — shipped {1}</source>
        <translation>{0} — versandt am {1}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/shipment_texts.py" line="41"/>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/shipment_texts.py" line="42"/>
        <source>Waiting to confirm: {0}</source>
        <translation>Bestätigung ausstehend: {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/shipment_texts.py" line="44"/>
        <source>Held, not sent to Amazon: {0}</source>
        <translation>Zurückgehalten, nicht an Amazon gesendet: {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/shipment_texts.py" line="48"/>
        <source>In a confirmation file (upload it in Seller Central)</source>
        <translation>In einer Bestätigungsdatei (laden Sie sie in Seller Central hoch)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/shipment_texts.py" line="50"/>
        <source>Waiting for the next confirmation file</source>
        <translation>Wartet auf die nächste Bestätigungsdatei</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/shipment_texts.py" line="52"/>
        <source>Not in a confirmation file: no carrier (confirm it in Seller Central)</source>
        <translation>Nicht in einer Bestätigungsdatei: kein Versanddienst (bestätigen Sie sie in Seller Central)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/shipment_texts.py" line="56"/>
        <source>Not to be confirmed here (confirmed in Seller Central)</source>
        <translation>Wird hier nicht bestätigt (in Seller Central bestätigt)</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="97"/>
        <source>New order</source>
        <translation>Neue Bestellung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="99"/>
        <source>Edit order {0}</source>
        <translation>Bestellung {0} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="110"/>
        <source>Order ID</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="112"/>
        <source>&amp;Order ID:</source>
        <translation>&amp;Bestellnummer:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="114"/>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="119"/>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marktplatz:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="121"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="123"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="124"/>
        <source>Unshipped</source>
        <translation>Unversandt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="125"/>
        <source>Partially shipped</source>
        <translation>Teilweise versandt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="126"/>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="127"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="134"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="137"/>
        <source>Purchased</source>
        <translation>Gekauft am</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="143"/>
        <source>&amp;Purchased:</source>
        <translation>&amp;Gekauft am:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="144"/>
        <source>Ship by</source>
        <translation>Versand bis</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="146"/>
        <source>Ship &amp;by:</source>
        <translation>&amp;Versand bis:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="147"/>
        <source>Deliver by</source>
        <translation>Zustellung bis</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="149"/>
        <source>&amp;Deliver by:</source>
        <translation>&amp;Zustellung bis:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="150"/>
        <source>Delivered</source>
        <translation>Zugestellt am</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="152"/>
        <source>De&amp;livered:</source>
        <translation>Zugeste&amp;llt am:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="155"/>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="158"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="160"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="160"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="160"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="160"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="167"/>
        <source>&amp;Add item</source>
        <translation>Artikel &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="168"/>
        <source>&amp;Remove item</source>
        <translation>Artikel &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="187"/>
        <source>Contact details (optional)</source>
        <translation>Kontaktdaten (optional)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="190"/>
        <source>Recipient:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="191"/>
        <source>Address line 1:</source>
        <translation>Adresszeile 1:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="192"/>
        <source>Address line 2:</source>
        <translation>Adresszeile 2:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="193"/>
        <source>Postal code:</source>
        <translation>Postleitzahl:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="194"/>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="195"/>
        <source>Buyer:</source>
        <translation>Käufer:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="196"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="225"/>
        <source>Contact details removed under the privacy rules; they cannot be added again.</source>
        <translation>Die Kontaktdaten wurden nach den Datenschutzregeln gelöscht und können nicht wieder hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="231"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="245"/>
        <source>State or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="246"/>
        <source>e.g. CA, Bayern, Tokyo</source>
        <translation>z. B. CA, Bayern, Tokyo</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="247"/>
        <source>S&amp;tate/region:</source>
        <translation>Bundesland/Regi&amp;on:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="249"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="250"/>
        <source>The marketplace&apos;s country</source>
        <translation>Land des Marktplatzes</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="259"/>
        <source>Co&amp;untry:</source>
        <translation>La&amp;nd:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="293"/>
        <source>Item {0}: the quantity must be a whole number.</source>
        <translation>Artikel {0}: Die Menge muss eine ganze Zahl sein.</translation>
    </message>
</context>
<context>
    <name>OrderFilterBar</name>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="63"/>
        <source>Search order ID, SKU, product or buyer name</source>
        <extracomment>The filter changed (for the search: once typing pauses, or at once when cleared).</extracomment>
        <translation>Bestellnummer, SKU, Produkt oder Käufername suchen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="64"/>
        <source>Search orders</source>
        <translation>Bestellungen suchen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="67"/>
        <source>One or two characters find order IDs and SKUs that start with them; from three characters on, the search also looks inside product names and buyer names.</source>
        <translation>Ein oder zwei Zeichen finden Bestellnummern und SKUs, die damit beginnen; ab drei Zeichen durchsucht die Suche auch Produktnamen und Käufernamen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="86"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="87"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="91"/>
        <source>Marketplace filter</source>
        <translation>Marktplatzfilter</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="92"/>
        <source>All marketplaces</source>
        <translation>Alle Marktplätze</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="96"/>
        <source>Printed filter</source>
        <translation>Druckfilter</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="97"/>
        <source>Printed or not</source>
        <translation>Gedruckt oder nicht</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="98"/>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="99"/>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="101"/>
        <source>Contact details filter</source>
        <translation>Kontaktdatenfilter</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="102"/>
        <source>With or without contact details</source>
        <translation>Mit oder ohne Kontaktdaten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="103"/>
        <source>Holds contact details</source>
        <translation>Mit Kontaktdaten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="104"/>
        <source>No contact details</source>
        <translation>Ohne Kontaktdaten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="106"/>
        <source>Ship-by filter</source>
        <translation>Filter nach Versandfrist</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="107"/>
        <source>Any ship-by date</source>
        <translation>Jede Versandfrist</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="108"/>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="109"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="131"/>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="137"/>
        <source>Purchased from</source>
        <translation>Gekauft vom</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="132"/>
        <source>Filter by purchase date</source>
        <translation>Nach Kaufdatum filtern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="138"/>
        <source>Purchased until</source>
        <translation>Gekauft bis</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/filter_bar.py" line="148"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/page.py" line="53"/>
        <location filename="../../seller_desktop/ui/orders/page/page.py" line="58"/>
        <source>Orders</source>
        <extracomment>The most selected orders a refresh selects again (each is looked up with a query). Orders were changed from this page (created, edited, shipped, printed): counts may differ. Print… was asked for the selected orders: (document &quot;slips&quot; or &quot;pick_list&quot;, order ids). Orders were marked shipped here: their ids. Labels: (&quot;buy&quot;, order ids) from Buy labels…, (&quot;reprint&quot; or &quot;void&quot;, [order id]) from the detail pane&apos;s label row. The window does them (``ui.shell.label_desk``). Import… was asked for (the window opens the import guide).</extracomment>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/page.py" line="61"/>
        <source>No orders yet. Use File › Import to read an Amazon order report, or drag the report file onto this window. You can also add an order by hand with New order…</source>
        <translation>Noch keine Bestellungen. Lesen Sie mit Datei › Importieren einen Amazon-Bestellbericht ein, oder ziehen Sie die Berichtsdatei auf dieses Fenster. Mit „Neue Bestellung…“ können Sie eine Bestellung auch von Hand erfassen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/page.py" line="84"/>
        <source>Number of orders shown</source>
        <translation>Anzahl der angezeigten Bestellungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/page.py" line="87"/>
        <source>Impor&amp;t…</source>
        <translation>Impor&amp;tieren…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/page.py" line="89"/>
        <source>Import Amazon order reports</source>
        <translation>Amazon-Bestellberichte importieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/page.py" line="91"/>
        <source>Read an order report downloaded from Seller Central (or drop it here)</source>
        <translation>Einen aus Seller Central heruntergeladenen Bestellbericht einlesen (oder hier ablegen)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/page.py" line="145"/>
        <source>Orders table</source>
        <extracomment>Orders to select again once a search&apos;s rows have arrived (``refresh``).</extracomment>
        <translation>Tabelle der Bestellungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/page.py" line="238"/>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/orders/page/page.py" line="240"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/page.py" line="242"/>
        <source>No orders match the search and filters</source>
        <translation>Keine Bestellung passt zu Suche und Filtern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/page.py" line="245"/>
        <source>More than {0} orders match: the first {0} are shown</source>
        <translation>Mehr als {0} Bestellungen passen: die ersten {0} werden angezeigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/orders/page/page.py" line="250"/>
        <source>%n order(s) match</source>
        <translation>
            <numerusform>%n Bestellung passt</numerusform>
            <numerusform>%n Bestellungen passen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersTableModel</name>
    <message>
        <location filename="../../seller_desktop/ui/orders/table_model.py" line="127"/>
        <source>Order ID</source>
        <extracomment>Columns a header click can sort by (each has an index); Items and Contact details cannot. A search was asked for (True) or its answer shown (False): the page says &quot;Searching…&quot;. The matches shown, while the filter has text (None: pages are read by SQL paging). The filter and sort of the search the search thread is working on. How many pages have been read from the store since the model was created (for tests and benchmarks: proof that opening the window does not read every order).</extracomment>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/table_model.py" line="128"/>
        <source>Purchased</source>
        <translation>Gekauft am</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/table_model.py" line="129"/>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/table_model.py" line="130"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/table_model.py" line="131"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/table_model.py" line="132"/>
        <source>Ship by</source>
        <translation>Versand bis</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/table_model.py" line="133"/>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/table_model.py" line="134"/>
        <source>Retention deadline</source>
        <translation>Löschen bis</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/table_model.py" line="354"/>
        <source>{0} · Late</source>
        <translation>{0} · verspätet</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/table_model.py" line="373"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/columns.py" line="43"/>
        <location filename="../../seller_desktop/ui/orders/table_model.py" line="356"/>
        <source>{0} · Due today</source>
        <translation>{0} · heute fällig</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/columns.py" line="49"/>
        <location filename="../../seller_desktop/ui/orders/table_model.py" line="375"/>
        <source>Removed</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/page/columns.py" line="50"/>
        <location filename="../../seller_desktop/ui/orders/table_model.py" line="376"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/table_model.py" line="380"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/table_model.py" line="381"/>
        <source>Unshipped</source>
        <translation>Unversandt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/table_model.py" line="382"/>
        <source>Partly shipped</source>
        <translation>Teilweise versandt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/table_model.py" line="383"/>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/table_model.py" line="384"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../seller_desktop/ui/printing/wording_override.py" line="39"/>
        <source>Card text against Amazon&apos;s rules</source>
        <translation>Kartentext verstößt gegen Amazons Regeln</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/wording_override.py" line="44"/>
        <source>These insert cards ask for reviews in a way Amazon forbids; an account can be suspended for it. Change the card&apos;s text in Campaigns, or give your reason to print them anyway. The reason is kept in the print log.</source>
        <translation>Diese Beilagekarten bitten auf eine Weise um Bewertungen, die Amazon verbietet; dafür kann ein Konto gesperrt werden. Ändern Sie den Kartentext unter Kampagnen, oder nennen Sie Ihren Grund, um sie trotzdem zu drucken. Der Grund wird im Druckprotokoll festgehalten.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/wording_override.py" line="53"/>
        <source>Why these cards may be printed</source>
        <translation>Warum diese Karten gedruckt werden dürfen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/wording_override.py" line="54"/>
        <source>Reason for printing anyway</source>
        <translation>Grund für den Druck trotz Verstoß</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/wording_override.py" line="56"/>
        <source>Print anyway</source>
        <translation>Trotzdem drucken</translation>
    </message>
</context>
<context>
    <name>PagesPane</name>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview_panes.py" line="60"/>
        <source>Document summary</source>
        <translation>Zusammenfassung des Dokuments</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview_panes.py" line="64"/>
        <source>Preview of the pages</source>
        <translation>Vorschau der Seiten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview_panes.py" line="71"/>
        <source>Print message</source>
        <translation>Druckmeldung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview_panes.py" line="73"/>
        <source>Print on &amp;both sides (duplex)</source>
        <translation>&amp;Beidseitig drucken (Duplex)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview_panes.py" line="74"/>
        <source>Print on both sides</source>
        <translation>Beidseitig drucken</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview_panes.py" line="77"/>
        <source>For a printer that prints both sides, flipping on the long edge: each card&apos;s back lands behind its front, and every other sheet gets a blank back. Off: one side only, no blank pages and no card backs.</source>
        <translation>Für einen Drucker, der beidseitig druckt und an der langen Kante wendet: Jede Kartenrückseite landet hinter ihrer Vorderseite, und jedes andere Blatt erhält eine leere Rückseite. Aus: nur eine Seite, keine leeren Seiten und keine Kartenrückseiten.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview_panes.py" line="86"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview_panes.py" line="87"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview_panes.py" line="89"/>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview_panes.py" line="90"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview_panes.py" line="91"/>
        <source>&amp;Whole page</source>
        <translation>&amp;Ganze Seite</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview_panes.py" line="92"/>
        <source>Show whole pages</source>
        <translation>Ganze Seiten anzeigen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview_panes.py" line="95"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview_panes.py" line="96"/>
        <source>Close the preview</source>
        <translation>Die Vorschau schließen</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="225"/>
        <source>Your passphrase</source>
        <translation>Ihre Passphrase</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="228"/>
        <source>Your store is encrypted with this passphrase. You will type it each time you open Seller Desktop.</source>
        <translation>Ihre Datenbank wird mit dieser Passphrase verschlüsselt. Sie geben sie bei jedem Öffnen von Seller Desktop ein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="236"/>
        <source>&lt;b&gt;Important:&lt;/b&gt; the passphrase cannot be recovered or reset. If you forget it, nobody — not even us — can open your store. Write it down and keep it somewhere safe.</source>
        <translation>&lt;b&gt;Wichtig:&lt;/b&gt; Die Passphrase lässt sich weder wiederherstellen noch zurücksetzen. Wenn Sie sie vergessen, kann niemand – auch wir nicht – Ihre Datenbank öffnen. Schreiben Sie sie auf und bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="245"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="246"/>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="247"/>
        <source>&amp;Show passphrase</source>
        <translation>Passphrase anzei&amp;gen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="248"/>
        <source>Show passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="253"/>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="264"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="266"/>
        <source>&amp;Repeat:</source>
        <translation>Wieder&amp;holen:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="307"/>
        <source>At least {n} characters. A few unrelated words make a good passphrase.</source>
        <translation>Mindestens {n} Zeichen. Einige Wörter, die nichts miteinander zu tun haben, ergeben eine gute Passphrase.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="311"/>
        <source>Too short: {count} of at least {n} characters.</source>
        <translation>Zu kurz: {count} von mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="316"/>
        <source>Strength: weak. Add another word or two.</source>
        <translation>Stärke: schwach. Fügen Sie ein oder zwei Wörter hinzu.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="317"/>
        <source>Strength: fair. Another word would make it stronger.</source>
        <translation>Stärke: mittel. Ein weiteres Wort würde sie stärker machen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="318"/>
        <source>Strength: good.</source>
        <translation>Stärke: gut.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="319"/>
        <source>Strength: strong.</source>
        <translation>Stärke: stark.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="328"/>
        <source>The passphrases match.</source>
        <translation>Die Passphrasen stimmen überein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="330"/>
        <source>The passphrases do not match yet.</source>
        <translation>Die Passphrasen stimmen noch nicht überein.</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="84"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="85"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="90"/>
        <source>Repeat the passphrase</source>
        <translation>Die Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="91"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="95"/>
        <source>Passphrase message</source>
        <translation>Meldung zur Passphrase</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="99"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="124"/>
        <source>Type the passphrase first.</source>
        <translation>Geben Sie zuerst die Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="129"/>
        <source>The passphrase must have at least {0} characters. A few unrelated words make a good one.</source>
        <translation>Die Passphrase muss mindestens {0} Zeichen haben. Einige Wörter, die nichts miteinander zu tun haben, ergeben eine gute.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="135"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Die beiden Passphrasen unterscheiden sich. Geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/dialogs.py" line="149"/>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
</context>
<context>
    <name>PolicyTab</name>
    <message>
        <location filename="../../seller_desktop/ui/privacy/policy.py" line="38"/>
        <source>Amazon&apos;s Data Protection Policy lets you keep a buyer&apos;s contact details — names, addresses, phone numbers, e-mail, gift messages, tax ids — for at most 30 days after the order is delivered. Seller Desktop removes them for good when that time is up: from the store, its search index and its backups.</source>
        <extracomment>The retention days were saved: the ``Settings`` object.</extracomment>
        <translation>Nach der Datenschutzrichtlinie von Amazon dürfen Sie die Kontaktdaten eines Käufers – Namen, Adressen, Telefonnummern, E-Mail, Geschenknachrichten, Steuernummern – höchstens 30 Tage nach der Zustellung der Bestellung aufbewahren. Seller Desktop löscht sie endgültig, sobald diese Zeit um ist: aus der Datenbank, ihrem Suchindex und ihren Backups.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/policy.py" line="44"/>
        <source>Delivered or shipped orders: the days below count from the delivery date you recorded, else the latest expected delivery date, else the ship date.</source>
        <translation>Zugestellte oder versandte Bestellungen: Die Tage unten zählen ab dem Zustelldatum, das Sie erfasst haben, sonst ab dem spätesten erwarteten Zustelldatum, sonst ab dem Versanddatum.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/policy.py" line="47"/>
        <source>Cancelled orders: the days count from the cancellation.</source>
        <translation>Stornierte Bestellungen: Die Tage zählen ab der Stornierung.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/policy.py" line="49"/>
        <source>Orders still to ship: the address is kept at most {0} days after purchase. From day {1} the order is listed under Upcoming wipes, where you can give it {2} more days.</source>
        <translation>Noch zu versendende Bestellungen: Die Adresse wird höchstens {0} Tage nach dem Kauf aufbewahrt. Ab Tag {1} erscheint die Bestellung unter „Anstehende Löschungen“, wo Sie ihr {2} Tage mehr geben können.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/policy.py" line="54"/>
        <source>What stays after the wipe: order and item ids, SKUs, product names, quantities, prices, dates, the marketplace, the ship-to country and region, and campaign and review status — enough for your accounts and statistics.</source>
        <translation>Was nach der Löschung bleibt: Bestell- und Artikelnummern, SKUs, Produktnamen, Mengen, Preise, Daten, der Marktplatz, Lieferland und -region sowie Kampagnen- und Bewertungsstatus – genug für Ihre Buchhaltung und Statistik.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/policy.py" line="63"/>
        <source>Keep contact details for</source>
        <translation>Kontaktdaten aufbewahren für</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/policy.py" line="66"/>
        <source> days after delivery</source>
        <translation> Tage nach der Zustellung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/policy.py" line="68"/>
        <source>Days contact details are kept after delivery</source>
        <translation>Tage, die Kontaktdaten nach der Zustellung aufbewahrt werden</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/policy.py" line="72"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/policy.py" line="72"/>
        <source>Save the retention days</source>
        <translation>Die Aufbewahrungsdauer speichern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/policy.py" line="82"/>
        <source>Between 1 and {0} days. Saving recomputes the deadline of every order that still holds contact details; a shorter period removes them at the next wipe.</source>
        <translation>Zwischen 1 und {0} Tagen. Beim Speichern wird die Frist jeder Bestellung neu berechnet, die noch Kontaktdaten enthält; ein kürzerer Zeitraum löscht sie bei der nächsten Löschung.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/policy.py" line="87"/>
        <source>Retention setting message</source>
        <translation>Meldung zur Aufbewahrungsdauer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/privacy/policy.py" line="102"/>
        <source>Saved: contact details are kept %n days after delivery.</source>
        <translation>
            <numerusform>Gespeichert: Kontaktdaten werden %n Tag nach der Zustellung aufbewahrt.</numerusform>
            <numerusform>Gespeichert: Kontaktdaten werden %n Tage nach der Zustellung aufbewahrt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintLogBox</name>
    <message>
        <location filename="../../seller_desktop/ui/printing/print_log_box.py" line="41"/>
        <location filename="../../seller_desktop/ui/printing/print_log_box.py" line="42"/>
        <source>Print log</source>
        <translation>Druckprotokoll</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/print_log_box.py" line="45"/>
        <source>Print runs, newest first</source>
        <translation>Druckvorgänge, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/print_log_box.py" line="48"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/print_log_box.py" line="49"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/print_log_box.py" line="50"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/print_log_box.py" line="51"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/print_log_box.py" line="52"/>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/print_log_box.py" line="67"/>
        <source>Nothing printed yet. Each print and each saved PDF is listed here, to print again with Reprint.</source>
        <translation>Noch nichts gedruckt. Jeder Druck und jede gespeicherte PDF erscheint hier und lässt sich mit „Erneut drucken“ nochmals drucken.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/print_log_box.py" line="75"/>
        <source>&amp;Reprint…</source>
        <translation>&amp;Erneut drucken…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/print_log_box.py" line="76"/>
        <source>Reprint the selected print run</source>
        <translation>Den gewählten Druckvorgang erneut drucken</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/print_log_box.py" line="129"/>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/print_log_box.py" line="129"/>
        <source>PDF file</source>
        <translation>PDF-Datei</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../seller_desktop/ui/printing/titles.py" line="26"/>
        <source>US Letter, one per sheet</source>
        <translation>US Letter, einer pro Blatt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/titles.py" line="27"/>
        <source>A4, one per sheet</source>
        <translation>A4, einer pro Blatt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/titles.py" line="28"/>
        <source>US Letter, two per sheet (cut line)</source>
        <translation>US Letter, zwei pro Blatt (Schnittlinie)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/titles.py" line="29"/>
        <source>A4, two per sheet (cut line)</source>
        <translation>A4, zwei pro Blatt (Schnittlinie)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/titles.py" line="30"/>
        <source>4 × 6 in thermal label</source>
        <translation>Thermoetikett 4 × 6 Zoll</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/titles.py" line="31"/>
        <source>4 × 8 in thermal label</source>
        <translation>Thermoetikett 4 × 8 Zoll</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/titles.py" line="32"/>
        <source>100 × 150 mm thermal label</source>
        <translation>Thermoetikett 100 × 150 mm</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/titles.py" line="33"/>
        <source>A6 (105 × 148 mm)</source>
        <translation>A6 (105 × 148 mm)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/titles.py" line="41"/>
        <source>Packing slips</source>
        <translation>Lieferscheine</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/titles.py" line="42"/>
        <source>Insert cards</source>
        <translation>Beilagekarten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/titles.py" line="43"/>
        <source>Packing slips and insert cards</source>
        <translation>Lieferscheine und Beilagekarten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/titles.py" line="44"/>
        <source>Shipping labels</source>
        <translation>Versandetiketten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/titles.py" line="45"/>
        <source>Shipping labels and packing slips</source>
        <translation>Versandetiketten und Lieferscheine</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/titles.py" line="46"/>
        <source>Shipping labels and insert cards</source>
        <translation>Versandetiketten und Beilagekarten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/titles.py" line="47"/>
        <source>Shipping labels, packing slips and insert cards</source>
        <translation>Versandetiketten, Lieferscheine und Beilagekarten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/titles.py" line="50"/>
        <source>Pick list</source>
        <translation>Pickliste</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="83"/>
        <location filename="../../seller_desktop/ui/printing/page.py" line="91"/>
        <source>Print</source>
        <extracomment>The settings as saved (validated by the core).</extracomment>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="94"/>
        <source>Print packing slips (one per order, in the buyer&apos;s language) and a pick list that adds up every SKU to take from the shelf. You see a preview first; slips are marked printed once they went to the printer.</source>
        <translation>Drucken Sie Lieferscheine (einen pro Bestellung, in der Sprache des Käufers) und eine Pickliste, die jede SKU zusammenzählt, die aus dem Regal geholt werden muss. Zuerst sehen Sie eine Vorschau; Lieferscheine werden als gedruckt markiert, sobald sie an den Drucker gegangen sind.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="118"/>
        <location filename="../../seller_desktop/ui/printing/page.py" line="119"/>
        <source>Orders to print</source>
        <translation>Zu druckende Bestellungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="133"/>
        <source>Print &amp;slips…</source>
        <translation>&amp;Lieferscheine drucken…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="134"/>
        <source>Print packing slips</source>
        <translation>Lieferscheine drucken</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="136"/>
        <source>Print pick &amp;list…</source>
        <translation>&amp;Pickliste drucken…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="137"/>
        <source>Print a pick list</source>
        <translation>Eine Pickliste drucken</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="139"/>
        <source>Print &amp;cards…</source>
        <translation>&amp;Beilagekarten drucken…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="140"/>
        <source>Print insert cards</source>
        <translation>Beilagekarten drucken</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="142"/>
        <source>The insert cards these orders earn from your campaigns, without the slips.</source>
        <translation>Die Beilagekarten, die diesen Bestellungen aus Ihren Kampagnen zustehen, ohne die Lieferscheine.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="150"/>
        <source>Include &amp;insert cards after each slip</source>
        <translation>Nach jedem Lieferschein die Beilage&amp;karten drucken</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="151"/>
        <source>Include insert cards after each slip</source>
        <translation>Nach jedem Lieferschein die Beilagekarten drucken</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="154"/>
        <source>Each order&apos;s packing slip is followed by the cards its products earn (Campaigns page), in one print job.</source>
        <translation>Auf den Lieferschein jeder Bestellung folgen die Karten, die ihren Produkten zustehen (Seite „Kampagnen“), in einem Druckauftrag.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="159"/>
        <source>Print message</source>
        <translation>Druckmeldung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="164"/>
        <location filename="../../seller_desktop/ui/printing/page.py" line="165"/>
        <source>Print settings</source>
        <translation>Druckeinstellungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="170"/>
        <source>Page layout of packing slips</source>
        <translation>Seitenlayout der Lieferscheine</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="172"/>
        <source>Page layout of pick lists</source>
        <translation>Seitenlayout der Picklisten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="177"/>
        <source>Show item &amp;prices on packing slips</source>
        <translation>Artikelpreise auf Lieferscheinen an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="178"/>
        <source>Show item prices on packing slips</source>
        <translation>Artikelpreise auf Lieferscheinen anzeigen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="179"/>
        <source>Prices are never shown on gift orders.</source>
        <translation>Bei Geschenkbestellungen werden nie Preise angezeigt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="180"/>
        <source>&amp;Footer line:</source>
        <translation>&amp;Fußzeile:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="181"/>
        <source>Print a footer line</source>
        <translation>Eine Fußzeile drucken</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="183"/>
        <source>Footer line</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="186"/>
        <source>Empty: &quot;Thank you for your order!&quot; in the buyer&apos;s language</source>
        <translation>Leer: „Vielen Dank für Ihre Bestellung!“ in der Sprache des Käufers</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="197"/>
        <source>Logo preview</source>
        <translation>Logovorschau</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="198"/>
        <source>Choose &amp;logo…</source>
        <translation>Logo &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="199"/>
        <source>Choose a logo image</source>
        <translation>Ein Logobild wählen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="201"/>
        <source>Re&amp;move logo</source>
        <translation>Logo entfe&amp;rnen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="202"/>
        <source>Remove the logo</source>
        <translation>Das Logo entfernen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="211"/>
        <source>Packing &amp;slips:</source>
        <translation>Liefer&amp;scheine:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="212"/>
        <source>Pic&amp;k lists:</source>
        <translation>Pickl&amp;isten:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="219"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="226"/>
        <source>Print settings message</source>
        <translation>Meldung zu den Druckeinstellungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="229"/>
        <source>Save print settings</source>
        <translation>Druckeinstellungen speichern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="230"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="230"/>
        <source>Revert to the saved print settings</source>
        <translation>Auf die gespeicherten Druckeinstellungen zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="232"/>
        <source>&amp;Templates…</source>
        <translation>&amp;Vorlagen…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="233"/>
        <source>Packing slip and pick list templates</source>
        <translation>Vorlagen für Lieferschein und Pickliste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/printing/page.py" line="260"/>
        <source>Unshipped orders not printed yet (%n)</source>
        <translation>
            <numerusform>Unversandte, noch nicht gedruckte Bestellungen (%n)</numerusform>
            <numerusform>Unversandte, noch nicht gedruckte Bestellungen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/printing/page.py" line="262"/>
        <source>All unshipped orders (%n)</source>
        <translation>
            <numerusform>Alle unversandten Bestellungen (%n)</numerusform>
            <numerusform>Alle unversandten Bestellungen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/printing/page.py" line="264"/>
        <source>The orders selected on the Orders page (%n)</source>
        <translation>
            <numerusform>Die auf der Seite „Bestellungen“ ausgewählten Bestellungen (%n)</numerusform>
            <numerusform>Die auf der Seite „Bestellungen“ ausgewählten Bestellungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="298"/>
        <source>Another task is running. Try again in a moment.</source>
        <translation>Gerade läuft eine andere Aufgabe. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="304"/>
        <source>There are no orders to print in this choice.</source>
        <translation>In dieser Auswahl gibt es keine Bestellungen zu drucken.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="355"/>
        <source>Print settings saved.</source>
        <translation>Druckeinstellungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="380"/>
        <source>Choose a logo</source>
        <translation>Ein Logo wählen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="389"/>
        <source>Logo chosen. Save the print settings to keep it.</source>
        <translation>Logo gewählt. Speichern Sie die Druckeinstellungen, um es zu behalten.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/page.py" line="406"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../seller_desktop/ui/printing/output.py" line="48"/>
        <source>The file could not be written ({0}).</source>
        <extracomment>Pages are rendered for the printer at its resolution, but never finer than this. A page picture goes to the printer in bands of this many rows: Qt&apos;s PDF engine compresses each picture it is given while holding Python&apos;s GIL (~0.2 s for a Letter page at 300 dpi), which stalls the GUI thread; between bands it gets its turn.</extracomment>
        <translation>Die Datei konnte nicht geschrieben werden ({0}).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/output.py" line="116"/>
        <source>The document could not be prepared for printing.</source>
        <translation>Das Dokument konnte nicht für den Druck vorbereitet werden.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/output.py" line="130"/>
        <source>The printer could not be started. Check that it is connected and switched on, then try again.</source>
        <translation>Der Drucker konnte nicht gestartet werden. Prüfen Sie, ob er angeschlossen und eingeschaltet ist, und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview.py" line="107"/>
        <source>{0} — preview</source>
        <extracomment>The cards the preview shows, with the codes bound when it is printed or saved. Said over the next preview (why the cards were drawn again).</extracomment>
        <translation>{0} – Vorschau</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview.py" line="108"/>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview.py" line="297"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview.py" line="271"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/pdf_saving.py" line="20"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/pdf_saving.py" line="40"/>
        <source>Mark printed?</source>
        <translation>Als gedruckt markieren?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/printing/pdf_saving.py" line="41"/>
        <source>Saved as {0}. Mark the %n order(s) printed?</source>
        <translation>
            <numerusform>Gespeichert als {0}. Die %n Bestellung als gedruckt markieren?</numerusform>
            <numerusform>Gespeichert als {0}. Die %n Bestellungen als gedruckt markieren?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/pdf_saving.py" line="49"/>
        <source>Yes if you will print this file: the orders then leave the “not printed yet” list. No leaves them as they are (Mark printed on the Orders page does it later).</source>
        <translation>Ja, wenn Sie diese Datei drucken werden: Die Bestellungen verlassen dann die Liste „noch nicht gedruckt“. Nein lässt sie unverändert (Als gedruckt markieren auf der Seite Bestellungen erledigt das später).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview.py" line="219"/>
        <location filename="../../seller_desktop/ui/printing/preview.py" line="220"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/printing/titles.py" line="76"/>
        <source>Preparing the packing slips and cards of %n order(s)…</source>
        <translation>
            <numerusform>Die Lieferscheine und Karten von %n Bestellung werden vorbereitet…</numerusform>
            <numerusform>Die Lieferscheine und Karten von %n Bestellungen werden vorbereitet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/printing/titles.py" line="83"/>
        <source>Preparing the insert cards of %n order(s)…</source>
        <translation>
            <numerusform>Die Beilagekarten von %n Bestellung werden vorbereitet…</numerusform>
            <numerusform>Die Beilagekarten von %n Bestellungen werden vorbereitet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/printing/titles.py" line="88"/>
        <source>Preparing the packing slips of %n order(s)…</source>
        <translation>
            <numerusform>Der Lieferschein von %n Bestellung wird vorbereitet…</numerusform>
            <numerusform>Die Lieferscheine von %n Bestellungen werden vorbereitet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/printing/titles.py" line="92"/>
        <source>Preparing the pick list of %n order(s)…</source>
        <translation>
            <numerusform>Die Pickliste für %n Bestellung wird vorbereitet…</numerusform>
            <numerusform>Die Pickliste für %n Bestellungen wird vorbereitet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/printing/titles.py" line="79"/>
        <source>Packing slips and insert cards of %n order(s)</source>
        <translation>
            <numerusform>Lieferschein und Beilagekarten von %n Bestellung</numerusform>
            <numerusform>Lieferscheine und Beilagekarten von %n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/printing/titles.py" line="67"/>
        <source>Preparing the shipping labels of %n order(s)…</source>
        <translation>
            <numerusform>Die Versandetiketten von %n Bestellung werden vorbereitet…</numerusform>
            <numerusform>Die Versandetiketten von %n Bestellungen werden vorbereitet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/printing/titles.py" line="68"/>
        <source>Shipping labels of %n order(s)</source>
        <translation>
            <numerusform>Versandetiketten von %n Bestellung</numerusform>
            <numerusform>Versandetiketten von %n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/printing/titles.py" line="70"/>
        <source>Shipping labels and packing slips of %n order(s)</source>
        <translation>
            <numerusform>Versandetiketten und Lieferscheine von %n Bestellung</numerusform>
            <numerusform>Versandetiketten und Lieferscheine von %n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/printing/titles.py" line="84"/>
        <source>Insert cards of %n order(s)</source>
        <translation>
            <numerusform>Beilagekarten von %n Bestellung</numerusform>
            <numerusform>Beilagekarten von %n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/printing/titles.py" line="89"/>
        <source>Packing slips of %n order(s)</source>
        <translation>
            <numerusform>Lieferschein von %n Bestellung</numerusform>
            <numerusform>Lieferscheine von %n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/printing/titles.py" line="93"/>
        <source>Pick list of %n order(s)</source>
        <translation>
            <numerusform>Pickliste für %n Bestellung</numerusform>
            <numerusform>Pickliste für %n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview.py" line="169"/>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/printing/preview.py" line="171"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview.py" line="206"/>
        <source>Something went wrong; the report has the details.</source>
        <translation>Etwas ist schiefgelaufen; die Einzelheiten stehen im Fehlerbericht.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview.py" line="211"/>
        <source>Not printed: {0}</source>
        <translation>Nicht gedruckt: {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview.py" line="213"/>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview.py" line="218"/>
        <source>Nothing to print: {0}</source>
        <translation>Nichts zu drucken: {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview.py" line="227"/>
        <source>Some codes on these cards went to other orders while the preview was open (another print run). Nothing was printed or saved. This is a new preview with other codes: check it, then print again.</source>
        <translation>Einige Codes auf diesen Karten gingen an andere Bestellungen, während die Vorschau offen war (ein anderer Druckvorgang). Es wurde nichts gedruckt oder gespeichert. Dies ist eine neue Vorschau mit anderen Codes: Prüfen Sie sie und drucken Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview.py" line="235"/>
        <source>Another task is running. Close this preview and print again in a moment.</source>
        <translation>Gerade läuft eine andere Aufgabe. Schließen Sie diese Vorschau und drucken Sie gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview.py" line="243"/>
        <source>Printing was cancelled. Nothing was marked printed.</source>
        <translation>Der Druck wurde abgebrochen. Nichts wurde als gedruckt markiert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview.py" line="245"/>
        <source>Saving was cancelled.</source>
        <translation>Das Speichern wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/printing/preview.py" line="294"/>
        <source>Sending %n page(s) to the printer…</source>
        <translation>
            <numerusform>%n Seite wird an den Drucker gesendet…</numerusform>
            <numerusform>%n Seiten werden an den Drucker gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview.py" line="302"/>
        <location filename="../../seller_desktop/ui/printing/preview.py" line="359"/>
        <source>Another task is running. Try again in a moment.</source>
        <translation>Gerade läuft eine andere Aufgabe. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/printing/preview.py" line="330"/>
        <source>Printed %n page(s). The orders are marked printed.</source>
        <translation>
            <numerusform>%n Seite gedruckt. Die Bestellungen sind als gedruckt markiert.</numerusform>
            <numerusform>%n Seiten gedruckt. Die Bestellungen sind als gedruckt markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/printing/preview.py" line="332"/>
        <source>Printed %n page(s).</source>
        <translation>
            <numerusform>%n Seite gedruckt.</numerusform>
            <numerusform>%n Seiten gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview.py" line="399"/>
        <source>Saved as {0}. The orders are marked printed.</source>
        <translation>Gespeichert als {0}. Die Bestellungen sind als gedruckt markiert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/pdf_saving.py" line="24"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview.py" line="382"/>
        <source>Saved as {0}.</source>
        <translation>Gespeichert als {0}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/duplex.py" line="57"/>
        <source>Not printed: these pages are laid out for both sides, and the printer is set to print on one. Choose both sides (long edge) in the print dialog, or untick Print on both sides.</source>
        <translation>Nicht gedruckt: Diese Seiten sind für beidseitigen Druck angelegt, der Drucker ist aber auf einseitig eingestellt. Wählen Sie im Druckdialog beidseitig (lange Kante) oder entfernen Sie das Häkchen bei „Beidseitig drucken“.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/duplex.py" line="64"/>
        <source>Not printed: these pages are laid out for one side, and the printer is set to print on both. Choose one side in the print dialog, or tick Print on both sides.</source>
        <translation>Nicht gedruckt: Diese Seiten sind für einseitigen Druck angelegt, der Drucker ist aber auf beidseitig eingestellt. Wählen Sie im Druckdialog einseitig oder setzen Sie das Häkchen bei „Beidseitig drucken“.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../seller_desktop/ui/privacy/page.py" line="71"/>
        <location filename="../../seller_desktop/ui/privacy/page.py" line="79"/>
        <source>Privacy</source>
        <extracomment>Settings were saved here (retention days, tax rule): the ``Settings`` object. Orders changed (erased, extended, held): the window refreshes orders, status and this page. The seller confirmed &quot;Restore from file…&quot;: the app closes the store and restores this path. A backup was saved from the Backups tab (its time, aware UTC). &quot;Run the wipe now&quot;.</extracomment>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/page.py" line="83"/>
        <source>Buyers&apos; contact details are kept only as long as Amazon allows, then removed for good. This page shows what is held, what goes next, and what has gone.</source>
        <translation>Die Kontaktdaten der Käufer werden nur so lange aufbewahrt, wie Amazon es erlaubt, und dann endgültig gelöscht. Diese Seite zeigt, was gespeichert ist, was als Nächstes gelöscht wird und was bereits gelöscht wurde.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/page.py" line="91"/>
        <source>Orders holding contact details</source>
        <translation>Bestellungen mit Kontaktdaten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/page.py" line="92"/>
        <source>Removed in the next 7 days</source>
        <translation>In den nächsten 7 Tagen gelöscht</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/page.py" line="94"/>
        <source>Still to ship, past day {0}</source>
        <translation>Noch zu versenden, älter als {0} Tage</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/page.py" line="96"/>
        <source>In the tax archive</source>
        <translation>Im Steuerarchiv</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/page.py" line="108"/>
        <source>Privacy sections</source>
        <translation>Bereiche des Datenschutzes</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/page.py" line="110"/>
        <source>&amp;Upcoming wipes</source>
        <translation>Anstehende &amp;Löschungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/page.py" line="111"/>
        <source>Wipe &amp;log</source>
        <translation>Löschpr&amp;otokoll</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/page.py" line="112"/>
        <source>&amp;Erase and export</source>
        <translation>Löschen und &amp;exportieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/page.py" line="113"/>
        <source>&amp;Backups</source>
        <translation>&amp;Backups</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/page.py" line="114"/>
        <source>Tax &amp;archive</source>
        <translation>S&amp;teuerarchiv</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/page.py" line="115"/>
        <source>Retention &amp;policy</source>
        <translation>Aufbewahrungs&amp;regeln</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/privacy/page.py" line="168"/>
        <source>%Ln legal holds</source>
        <translation>
            <numerusform>%Ln Löschsperre</numerusform>
            <numerusform>%Ln Löschsperren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/page.py" line="171"/>
        <source>not set up</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/privacy/page.py" line="158"/>
        <source>of %Ln orders</source>
        <translation>
            <numerusform>von %Ln Bestellung</numerusform>
            <numerusform>von %Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/parts.py" line="51"/>
        <source>Another task is running. Try again in a moment.</source>
        <translation>Gerade läuft eine andere Aufgabe. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/parts.py" line="167"/>
        <source>Stopped before it was done; nothing was changed.</source>
        <translation>Vor dem Ende angehalten; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/parts.py" line="175"/>
        <source>Something went wrong; the details are in the error report.</source>
        <translation>Etwas ist schiefgelaufen; die Einzelheiten stehen im Fehlerbericht.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/parts.py" line="43"/>
        <source> … and {0} more</source>
        <extracomment>Order ids listed in a confirmation before &quot;and N more&quot;.</extracomment>
        <translation> … und {0} weitere</translation>
    </message>
</context>
<context>
    <name>ProductRules</name>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/product_rules.py" line="39"/>
        <source>SKUs and SKU patterns</source>
        <extracomment>A rule field changed: the preview draws the card again.</extracomment>
        <translation>SKUs und SKU-Muster</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/product_rules.py" line="39"/>
        <source>e.g. ESPRESSO-*, GRINDER-1</source>
        <translation>z. B. ESPRESSO-*, MUEHLE-1</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/product_rules.py" line="40"/>
        <source>ASINs</source>
        <translation>ASINs</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/product_rules.py" line="40"/>
        <source>e.g. B0ABCDEF12</source>
        <translation>z. B. B0ABCDEF12</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/product_rules.py" line="42"/>
        <source>Marketplaces</source>
        <translation>Marktplätze</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/product_rules.py" line="43"/>
        <source>Empty: all. e.g. US, DE ({0})</source>
        <translation>Leer: alle. z. B. DE, FR ({0})</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/product_rules.py" line="46"/>
        <source>The &amp;default thank-you card for products no campaign covers</source>
        <translation>&amp;Die Standard-Dankeskarte für Produkte ohne Kampagne</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/product_rules.py" line="48"/>
        <source>Default thank-you card</source>
        <translation>Standard-Dankeskarte</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/product_rules.py" line="50"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/product_rules.py" line="53"/>
        <source>A product covered by several campaigns gets the card of the highest priority.</source>
        <translation>Ein Produkt, das mehrere Kampagnen abdecken, erhält die Karte mit der höchsten Priorität.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/product_rules.py" line="55"/>
        <source>&amp;Active (paused campaigns print no cards)</source>
        <translation>&amp;Aktiv (pausierte Kampagnen drucken keine Karten)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/product_rules.py" line="56"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/product_rules.py" line="59"/>
        <source>Campaigns choose products, never buyers: a card depends on what was ordered and where, nothing else.</source>
        <translation>Kampagnen wählen Produkte, nie Käufer: Eine Karte hängt nur davon ab, was wo bestellt wurde.</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="60"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="64"/>
        <source>A shorter product name for packing slips, the bin where the product sits (the pick list walks the shelves in bin order) and its barcode. SKUs come from your orders.</source>
        <translation>Ein kürzerer Produktname für Lieferscheine, der Lagerplatz des Produkts (die Pickliste geht die Regale in der Reihenfolge der Lagerplätze ab) und sein Barcode. Die SKUs stammen aus Ihren Bestellungen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="72"/>
        <source>&amp;Add SKUs from orders</source>
        <translation>SKUs aus &amp;Bestellungen übernehmen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="73"/>
        <source>Add every SKU of the orders to the products</source>
        <translation>Jede SKU der Bestellungen zu den Produkten hinzufügen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="79"/>
        <source>Products table</source>
        <translation>Tabelle der Produkte</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="81"/>
        <location filename="../../seller_desktop/ui/settings/products.py" line="100"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="82"/>
        <source>Name on slips</source>
        <translation>Name auf Lieferscheinen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="83"/>
        <source>Bin</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="84"/>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="85"/>
        <location filename="../../seller_desktop/ui/settings/products.py" line="92"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="102"/>
        <source>Product name on slips</source>
        <translation>Produktname auf Lieferscheinen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="104"/>
        <source>Empty: the name from the order</source>
        <translation>Leer: der Name aus der Bestellung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="106"/>
        <source>Bin location</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="108"/>
        <source>e.g. A2-03</source>
        <translation>z. B. A2-03</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="110"/>
        <source>Barcode (UPC or EAN)</source>
        <translation>Barcode (UPC oder EAN)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="112"/>
        <source>UPC-A, EAN-8 or EAN-13, with its check digit</source>
        <translation>UPC-A, EAN-8 oder EAN-13, mit Prüfziffer</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="116"/>
        <source>Weight in grams</source>
        <translation>Gewicht in Gramm</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="117"/>
        <source>grams, e.g. 350 (for shipping labels)</source>
        <translation>Gramm, z. B. 350 (für Versandetiketten)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="119"/>
        <source>Size in centimetres</source>
        <translation>Größe in Zentimetern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="121"/>
        <source>length x width x height in cm, e.g. 30x20x10.5</source>
        <translation>Länge x Breite x Höhe in cm, z. B. 30x20x10.5</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="127"/>
        <source>Product image</source>
        <translation>Produktbild</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="128"/>
        <source>Choose &amp;image…</source>
        <translation>B&amp;ild wählen…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="129"/>
        <location filename="../../seller_desktop/ui/settings/products.py" line="276"/>
        <source>Choose a product image</source>
        <translation>Ein Produktbild wählen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="131"/>
        <source>Remove image</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="132"/>
        <source>Remove the product image</source>
        <translation>Das Produktbild entfernen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="140"/>
        <source>S&amp;KU:</source>
        <translation>S&amp;KU:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="141"/>
        <source>&amp;Name on slips:</source>
        <translation>&amp;Name auf Lieferscheinen:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="142"/>
        <source>&amp;Bin location:</source>
        <translation>&amp;Lagerplatz:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="143"/>
        <source>Bar&amp;code:</source>
        <translation>Bar&amp;code:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="144"/>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="145"/>
        <source>Si&amp;ze:</source>
        <translation>Grö&amp;ße:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="150"/>
        <source>Image:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="157"/>
        <source>Products message</source>
        <translation>Meldung zu Produkten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="160"/>
        <source>Sa&amp;ve product</source>
        <translation>Produkt &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="161"/>
        <source>Save product</source>
        <translation>Produkt speichern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="163"/>
        <location filename="../../seller_desktop/ui/settings/products.py" line="164"/>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="166"/>
        <source>Delete product</source>
        <translation>Produkt löschen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="167"/>
        <source>Delete the selected product</source>
        <translation>Das gewählte Produkt löschen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="188"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="244"/>
        <source>Saved {0}.</source>
        <translation>{0} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="258"/>
        <source>Deleted {0}.</source>
        <translation>{0} gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/settings/products.py" line="268"/>
        <source>Added %n SKU(s) from your orders.</source>
        <translation>
            <numerusform>%n SKU aus Ihren Bestellungen hinzugefügt.</numerusform>
            <numerusform>%n SKUs aus Ihren Bestellungen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="270"/>
        <source>Every SKU of your orders is in the list already.</source>
        <translation>Jede SKU Ihrer Bestellungen ist bereits in der Liste.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="285"/>
        <source>That file is not a PNG or JPEG image.</source>
        <translation>Diese Datei ist kein PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/products.py" line="290"/>
        <source>None</source>
        <translation>Kein Bild</translation>
    </message>
</context>
<context>
    <name>ProgressPane</name>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview_panes.py" line="34"/>
        <source>What is being prepared</source>
        <translation>Was vorbereitet wird</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview_panes.py" line="37"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/preview_panes.py" line="39"/>
        <location filename="../../seller_desktop/ui/printing/preview_panes.py" line="40"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RateRows</name>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/rate_rows.py" line="54"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/rate_rows.py" line="55"/>
        <source>Box</source>
        <translation>Karton</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/rate_rows.py" line="56"/>
        <source>Weight (g)</source>
        <translation>Gewicht (g)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/rate_rows.py" line="57"/>
        <source>Size (cm)</source>
        <translation>Größe (cm)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/rate_rows.py" line="58"/>
        <source>Rate</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/rate_rows.py" line="79"/>
        <source>No box (the items&apos; own size)</source>
        <translation>Kein Karton (die Größe der Artikel)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/rate_rows.py" line="84"/>
        <source>grams</source>
        <translation>Gramm</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/rate_rows.py" line="86"/>
        <source>L x W x H</source>
        <translation>L x B x H</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/rate_rows.py" line="92"/>
        <source>Box for order {0}</source>
        <translation>Karton für Bestellung {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/rate_rows.py" line="93"/>
        <source>Weight in grams for order {0}</source>
        <translation>Gewicht in Gramm für Bestellung {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/rate_rows.py" line="94"/>
        <source>Size in cm for order {0}</source>
        <translation>Größe in cm für Bestellung {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/rate_rows.py" line="95"/>
        <source>Rate for order {0}</source>
        <translation>Tarif für Bestellung {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/rate_rows.py" line="141"/>
        <source>No rates (see below)</source>
        <translation>Keine Tarife (siehe unten)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/rate_rows.py" line="157"/>
        <source>Choose a rate</source>
        <translation>Einen Tarif wählen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/rate_rows.py" line="161"/>
        <source>{0} {1} — {2} {3}</source>
        <translation>{0} {1} — {2} {3}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/rate_rows.py" line="165"/>
        <source>, arrives by {0}</source>
        <translation>, Zustellung bis {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/labels/rate_rows.py" line="167"/>
        <source> (needs inputs the app cannot give yet)</source>
        <translation> (braucht Angaben, die die App noch nicht machen kann)</translation>
    </message>
</context>
<context>
    <name>RedemptionsChart</name>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="51"/>
        <source>Cards printed and codes redeemed per week</source>
        <translation>Gedruckte Karten und eingelöste Codes pro Woche</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="55"/>
        <source>Cards printed</source>
        <translation>Gedruckte Karten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="55"/>
        <source>Codes redeemed</source>
        <translation>Eingelöste Codes</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="58"/>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="62"/>
        <source>Last {0} weeks: {1} cards printed, {2} codes redeemed.</source>
        <translation>Letzte {0} Wochen: {1} Karten gedruckt, {2} Codes eingelöst.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="68"/>
        <source>Week of {0}: {1} printed, {2} redeemed.</source>
        <translation>Woche vom {0}: {1} gedruckt, {2} eingelöst.</translation>
    </message>
</context>
<context>
    <name>RedemptionsDialog</name>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="88"/>
        <source>Redemptions: {0}</source>
        <extracomment>Codes were recorded: the page reads its figures again.</extracomment>
        <translation>Einlösungen: {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="89"/>
        <source>Redemptions</source>
        <translation>Einlösungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="92"/>
        <source>Campaign figures</source>
        <translation>Kennzahlen der Kampagne</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="99"/>
        <source>Type or paste the codes buyers redeemed (one per line, or separated by commas or spaces), or import a file with a code column. A code counts once, however often it is imported.</source>
        <translation>Geben Sie die von Käufern eingelösten Codes ein oder fügen Sie sie ein (einer pro Zeile oder durch Kommas oder Leerzeichen getrennt), oder importieren Sie eine Datei mit einer Code-Spalte. Ein Code zählt einmal, wie oft er auch importiert wird.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="106"/>
        <source>Redeemed codes</source>
        <translation>Eingelöste Codes</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="110"/>
        <source>&amp;Count typed codes</source>
        <translation>Eingegebene Codes &amp;zählen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="112"/>
        <source>Import &amp;file…</source>
        <translation>&amp;Datei importieren…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="118"/>
        <source>Redemptions message</source>
        <translation>Meldung zu Einlösungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="122"/>
        <source>Codes not of this campaign</source>
        <translation>Codes, die nicht zu dieser Kampagne gehören</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="139"/>
        <source>Cards printed: {0} · codes redeemed: {1} · rate: {2}</source>
        <translation>Gedruckte Karten: {0} · eingelöste Codes: {1} · Quote: {2}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="160"/>
        <source>Import redeemed codes</source>
        <translation>Eingelöste Codes importieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="162"/>
        <source>Code lists and reports (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Codelisten und Berichte (*.txt *.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="172"/>
        <source>That file could not be read. Choose another one.</source>
        <translation>Diese Datei konnte nicht gelesen werden. Wählen Sie eine andere.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="185"/>
        <source>Counted %n code(s).</source>
        <translation>
            <numerusform>%n Code gezählt.</numerusform>
            <numerusform>%n Codes gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="187"/>
        <source>%n already known.</source>
        <translation>
            <numerusform>%n bereits bekannt.</numerusform>
            <numerusform>%n bereits bekannt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/campaigns/redemptions.py" line="190"/>
        <source>%n code(s) are not this campaign&apos;s and were not counted:</source>
        <translation>
            <numerusform>%n Code gehört nicht zu dieser Kampagne und wurde nicht gezählt:</numerusform>
            <numerusform>%n Codes gehören nicht zu dieser Kampagne und wurden nicht gezählt:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <location filename="../../seller_desktop/ui/importing/results.py" line="184"/>
        <source>Unshipped Orders</source>
        <extracomment>The kinds of report as ``core.importers.report_types`` names them (Seller Central&apos;s English names). The core has no Qt, so they are marked for translation here and looked up by their English text in ``report_kind_name``; a test checks that every kind of the core is listed.</extracomment>
        <translation>Unversandte Bestellungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/results.py" line="185"/>
        <source>Order Fulfilment (shipping)</source>
        <translation>Auftragsabwicklung (Versand)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/results.py" line="186"/>
        <source>Order Fulfilment (invoicing)</source>
        <translation>Auftragsabwicklung (Rechnungsstellung)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/results.py" line="187"/>
        <source>Order Fulfilment (tax)</source>
        <translation>Auftragsabwicklung (Steuer)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/importing/results.py" line="188"/>
        <source>All Orders</source>
        <translation>Alle Bestellungen</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <location filename="../../seller_desktop/ui/reviews/sections.py" line="58"/>
        <source>Nothing here.</source>
        <extracomment>Section key → the item states it lists, in screen order. When an action applies to the chosen rows.</extracomment>
        <translation>Hier ist nichts.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/sections.py" line="64"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/sections.py" line="64"/>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/sections.py" line="117"/>
        <source>Order {0}, SKU {1}</source>
        <translation>Bestellung {0}, SKU {1}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/sections.py" line="132"/>
        <source>{0} ({1}; the latest {2} listed)</source>
        <translation>{0} ({1}; die letzten {2} aufgeführt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/reviews/sections.py" line="144"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/sections.py" line="146"/>
        <source>from {0}</source>
        <translation>ab {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/sections.py" line="152"/>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/sections.py" line="153"/>
        <source>closed {0}</source>
        <translation>geschlossen {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/sections.py" line="158"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/sections.py" line="159"/>
        <source>SKU never asked</source>
        <translation>SKU wird nie gefragt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/sections.py" line="160"/>
        <source>Refund or return</source>
        <translation>Erstattung oder Rücksendung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/sections.py" line="161"/>
        <source>The buyer asked to cancel</source>
        <translation>Der Käufer bat um Stornierung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/sections.py" line="162"/>
        <source>Delivered late</source>
        <translation>Verspätet zugestellt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/sections.py" line="163"/>
        <source>Not shipped yet</source>
        <translation>Noch nicht versandt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/sections.py" line="164"/>
        <source>Being checked with Amazon</source>
        <translation>Wird mit Amazon geprüft</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/sections.py" line="166"/>
        <source>Amazon: {0}</source>
        <translation>Amazon: {0}</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../seller_desktop/ui/reviews/page.py" line="86"/>
        <source>Eligible today</source>
        <extracomment>Weeks the chart shows. Closed, excluded and requested orders listed, each the latest ones: a year of orders would be thousands of rows no one reads (the section&apos;s title gives the whole count). The page wrote to the store on the GUI thread (marked orders, exclusions). The seller switched the daily automatic requests on or off (a setting, saved). The marketplaces an Amazon account covers, as read at the last refresh.</extracomment>
        <translation>Heute möglich</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/page.py" line="86"/>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/page.py" line="87"/>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/page.py" line="87"/>
        <source>Window opens</source>
        <translation>Zeitraum beginnt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/page.py" line="88"/>
        <source>Window closed</source>
        <translation>Zeitraum abgelaufen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/page.py" line="88"/>
        <source>Closed or why not</source>
        <translation>Abgelaufen oder warum nicht</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/page.py" line="89"/>
        <source>Already requested</source>
        <translation>Bereits angefragt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/page.py" line="89"/>
        <source>Requested on</source>
        <translation>Angefragt am</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/page.py" line="144"/>
        <source>Request all eligible</source>
        <translation>Alle möglichen anfragen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/page.py" line="149"/>
        <source>How many orders to open</source>
        <translation>Wie viele Bestellungen geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/page.py" line="150"/>
        <source>Open the next</source>
        <translation>Die nächsten öffnen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/page.py" line="135"/>
        <source>Delivery, refund…</source>
        <translation>Lieferung, Erstattung…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/page.py" line="139"/>
        <source>Record the delivery day, a refund or a cancellation</source>
        <translation>Liefertag, Erstattung oder Stornierung festhalten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/page.py" line="116"/>
        <source>Request review</source>
        <translation>Bewertung anfragen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/page.py" line="122"/>
        <source>Open in Seller Central</source>
        <translation>In Seller Central öffnen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/page.py" line="128"/>
        <source>Mark requested</source>
        <translation>Als angefragt markieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/page.py" line="230"/>
        <source>Another task is running; try again when it ends.</source>
        <extracomment>Changed while hidden (``page_builders.refresh_pages``): read again when shown.</extracomment>
        <translation>Eine andere Aufgabe läuft; versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/page.py" line="235"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/page.py" line="237"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/page.py" line="244"/>
        <source>Asking Amazon: {0} of {1}</source>
        <translation>Amazon wird gefragt: {0} von {1}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/page.py" line="249"/>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>SealedEntries</name>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/entries.py" line="28"/>
        <source>Sealed entries</source>
        <extracomment>The open dialogs, if any (tests reach them here).</extracomment>
        <translation>Versiegelte Einträge</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/entries.py" line="31"/>
        <source>Sealed archive entries</source>
        <translation>Versiegelte Archiveinträge</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/entries.py" line="32"/>
        <source>Order id</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/entries.py" line="32"/>
        <source>Kept until</source>
        <translation>Aufbewahrt bis</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/entries.py" line="32"/>
        <source>Sealed on</source>
        <translation>Versiegelt am</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/entries.py" line="39"/>
        <source>&amp;Open entry…</source>
        <translation>Eintrag ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/entries.py" line="39"/>
        <source>Open the selected entry</source>
        <translation>Den gewählten Eintrag öffnen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/entries.py" line="63"/>
        <source>Open a tax archive entry</source>
        <translation>Einen Eintrag des Steuerarchivs öffnen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/entries.py" line="65"/>
        <source>Enter the archive passphrase to read the entry of order {0}. The opening is written to the event log.</source>
        <translation>Geben Sie die Archiv-Passphrase ein, um den Eintrag der Bestellung {0} zu lesen. Das Öffnen wird im Ereignisprotokoll vermerkt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/archive/entries.py" line="68"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>SellerError</name>
    <message>
        <location filename="../../seller_desktop/core/base/errors.py" line="35"/>
        <source>That passphrase does not open this store. Check Caps Lock and the keyboard layout, then try again. Nothing was changed.</source>
        <extracomment>CLI exit code for this kind of problem (see the CLI conventions).</extracomment>
        <translation>Diese Passphrase öffnet diese Datenbank nicht. Prüfen Sie die Feststelltaste und das Tastaturlayout und versuchen Sie es dann noch einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/base/errors.py" line="48"/>
        <source>The store is busy: another Seller Desktop window or command is writing to it. Wait a moment and try again.</source>
        <translation>Die Datenbank ist belegt: Ein anderes Seller-Desktop-Fenster oder ein Befehl schreibt gerade hinein. Warten Sie einen Moment und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/base/errors.py" line="64"/>
        <source>Another task is running (an import, the retention wipe or a backup). Try again when it has finished.</source>
        <translation>Eine andere Aufgabe läuft gerade (ein Import, die Löschung nach Löschfrist oder ein Backup). Versuchen Sie es noch einmal, wenn sie fertig ist.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/base/errors.py" line="75"/>
        <source>There is no store in {where} yet. Start Seller Desktop to set one up, or run `seller-desktop-cli init`.</source>
        <translation>In {where} gibt es noch keine Datenbank. Starten Sie Seller Desktop, um eine einzurichten, oder führen Sie `seller-desktop-cli init` aus.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/base/errors.py" line="87"/>
        <source>A store already exists in {where}. Nothing was changed; use --data-dir to create a store somewhere else.</source>
        <translation>In {where} gibt es bereits eine Datenbank. Es wurde nichts geändert; mit --data-dir legen Sie eine Datenbank an einem anderen Ort an.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/base/errors.py" line="99"/>
        <source>This store was written by a newer version of Seller Desktop (schema {found}; this version understands up to {supported}). Install the latest Seller Desktop to open it. The store was not changed.</source>
        <translation>Diese Datenbank wurde von einer neueren Version von Seller Desktop geschrieben (Schema {found}; diese Version versteht bis {supported}). Installieren Sie das neueste Seller Desktop, um sie zu öffnen. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/base/errors.py" line="113"/>
        <source>{where} is not a Seller Desktop store, or it is damaged. Restore it from a backup in the backups folder.</source>
        <translation>{where} ist keine Seller-Desktop-Datenbank oder ist beschädigt. Stellen Sie sie aus einem Backup im Backup-Ordner wieder her.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/base/errors.py" line="128"/>
        <source>The store file {where} is damaged: part of it cannot be read (a full disk or a bad copy can do this). Seller Desktop does not change it. Restore your latest backup (in the app: Privacy › Backups › Restore from file; or `seller-desktop-cli restore FILE --replace` with a file from the backups folder). The damaged file is kept beside the store as store.db.damaged-…</source>
        <translation>Die Datenbankdatei {where} ist beschädigt: Ein Teil davon kann nicht gelesen werden (eine volle Festplatte oder eine fehlerhafte Kopie kann das verursachen). Seller Desktop verändert sie nicht. Stellen Sie Ihr neuestes Backup wieder her (in der App: Datenschutz › Backups › Aus Datei wiederherstellen; oder `seller-desktop-cli restore DATEI --replace` mit einer Datei aus dem Backup-Ordner). Die beschädigte Datei bleibt neben der Datenbank als store.db.damaged-… erhalten.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/base/errors.py" line="145"/>
        <source>The passphrase must have at least {count} characters. A few unrelated words make a good one.</source>
        <translation>Die Passphrase muss mindestens {count} Zeichen haben. Einige Wörter, die nichts miteinander zu tun haben, ergeben eine gute.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/base/errors.py" line="160"/>
        <source>The disk refused to save to {where}: it is probably full. The unfinished step was undone and nothing else was changed. Free some space on that disk and try again.</source>
        <translation>Die Festplatte hat das Speichern in {where} verweigert: Sie ist wahrscheinlich voll. Der unfertige Schritt wurde rückgängig gemacht, und sonst wurde nichts geändert. Schaffen Sie Platz auf dieser Festplatte und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/base/errors.py" line="176"/>
        <source>Seller Desktop cannot write to {where}: it is read-only, or belongs to another user account. Nothing was changed. Use the account that set Seller Desktop up, or give this account write access to the folder, and try again.</source>
        <translation>Seller Desktop kann nicht in {where} schreiben: Der Ordner ist schreibgeschützt oder gehört einem anderen Benutzerkonto. Es wurde nichts geändert. Verwenden Sie das Konto, mit dem Seller Desktop eingerichtet wurde, oder geben Sie diesem Konto Schreibrechte für den Ordner, und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/importers/flatfile.py" line="21"/>
        <source>Download the report again from Seller Central (Orders › Order Reports for Unshipped or New Orders, or Reports › Fulfilment › All Orders) and import the .txt file as it was downloaded, without opening and saving it in a spreadsheet program.</source>
        <translation>Laden Sie den Bericht erneut aus Seller Central herunter (Bestellungen › Bestellberichte für unversandte oder neue Bestellungen, oder Berichte › Versand › Alle Bestellungen) und importieren Sie die .txt-Datei so, wie sie heruntergeladen wurde, ohne sie in einem Tabellenprogramm zu öffnen und zu speichern.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/importers/flatfile.py" line="66"/>
        <source>Cannot read {name}: {reason}.</source>
        <extracomment>Lines that could not be decoded in ``encoding``, with their fields decoded leniently (U+FFFD for the bad bytes): only good enough to tell which order they belong to. Lines with more non-empty fields than the header has names.</extracomment>
        <translation>{name} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/importers/flatfile.py" line="112"/>
        <source>{name} is empty. {how_to_get}</source>
        <translation>{name} ist leer. {how_to_get}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/importers/flatfile.py" line="124"/>
        <source>The first line of {name} (the column names) could not be read as text. {how_to_get}</source>
        <translation>Die erste Zeile von {name} (die Spaltennamen) konnte nicht als Text gelesen werden. {how_to_get}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/importers/flatfile.py" line="159"/>
        <source>{name} ends in the middle of a row (line {number} has {count} of {width} columns and no line end): the download was cut off. Nothing was imported. {how_to_get}</source>
        <translation>{name} endet mitten in einer Zeile (Zeile {number} hat {count} von {width} Spalten und kein Zeilenende): Der Download wurde abgebrochen. Es wurde nichts importiert. {how_to_get}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/importers/flatfile.py" line="176"/>
        <source>{name} was saved by a spreadsheet program as “Unicode text”, not as Amazon wrote it. {how_to_get}</source>
        <translation>{name} wurde von einem Tabellenprogramm als „Unicode-Text“ gespeichert, nicht so, wie Amazon sie geschrieben hat. {how_to_get}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/importers/flatfile.py" line="188"/>
        <source>{name} is not a text report (it looks like a binary file). {how_to_get}</source>
        <translation>{name} ist kein Textbericht (die Datei sieht wie eine Binärdatei aus). {how_to_get}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/importers/report_types.py" line="19"/>
        <source>Seller Desktop imports Amazon order reports: Unshipped Orders, Order Fulfilment (New Orders, shipping, invoicing or tax) and All Orders, as tab-separated .txt files.</source>
        <translation>Seller Desktop importiert Amazon-Bestellberichte: Unversandte Bestellungen, Auftragsabwicklung (neue Bestellungen, Versand, Rechnungsstellung oder Steuer) und Alle Bestellungen, als tabulatorgetrennte .txt-Dateien.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/importers/report_types.py" line="136"/>
        <source>{name} has an order-id column but not {missing}, so it is not an order report Seller Desktop knows. {expected} {how_to_get}</source>
        <extracomment>Our order and item fields → the header names Amazon has used for them, in preference order. ContactDetails fields → header names. ship-country and ship-state stay on the order (coarse). (field, index) for the contact columns present; empty for All Orders (it has none). The order-id column&apos;s name as the file has it (&quot;order-id&quot;, or &quot;amazon-order-id&quot; in All Orders), lower case: messages about a bad order id name this column, never the cell.</extracomment>
        <translation>{name} hat eine Spalte order-id, aber nicht {missing}, ist also kein Bestellbericht, den Seller Desktop kennt. {expected} {how_to_get}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/importers/report_types.py" line="166"/>
        <source>{name} is separated by commas or semicolons, not tabs: it looks like a report re-saved by a spreadsheet program (which also changes ids and dates). {expected} {how_to_get}</source>
        <translation>{name} ist durch Kommas oder Semikolons getrennt, nicht durch Tabulatoren: Das sieht nach einem Bericht aus, den ein Tabellenprogramm neu gespeichert hat (das verändert auch Nummern und Daten). {expected} {how_to_get}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/importers/report_types.py" line="187"/>
        <source>Line {number} of {name} has an order id written as a number in scientific notation (like 1.14394E+16): the report was re-saved by a spreadsheet program and the ids are lost. {how_to_get}</source>
        <translation>Zeile {number} von {name} enthält eine Bestellnummer als Zahl in wissenschaftlicher Schreibweise (etwa 1.14394E+16): Ein Tabellenprogramm hat den Bericht neu gespeichert, und die Nummern sind verloren. {how_to_get}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/importers/report_types.py" line="203"/>
        <source>Line {number} of {name} has a purchase-date that is not in Amazon&apos;s format (2025-09-24T12:02:50+00:00): the report was re-saved by a spreadsheet program. {how_to_get}</source>
        <translation>Zeile {number} von {name} enthält ein purchase-date, das nicht in Amazons Format ist (2025-09-24T12:02:50+00:00): Ein Tabellenprogramm hat den Bericht neu gespeichert. {how_to_get}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/importers/report_types.py" line="218"/>
        <source>it looks like a listings (inventory) report</source>
        <translation>sie sieht wie ein Angebotsbericht (Inventar) aus</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/importers/report_types.py" line="220"/>
        <source>it looks like a settlement (payments) report</source>
        <translation>sie sieht wie ein Abrechnungsbericht (Zahlungen) aus</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/importers/report_types.py" line="222"/>
        <source>it looks like a Fulfilment by Amazon report</source>
        <translation>sie sieht wie ein Bericht zu Versand durch Amazon aus</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/importers/report_types.py" line="224"/>
        <source>it is not an order report</source>
        <translation>sie ist kein Bestellbericht</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/importers/report_types.py" line="226"/>
        <source>{name} has no order-id column, so {seems}. {expected} {how_to_get}</source>
        <translation>{name} hat keine Spalte order-id, {seems}. {expected} {how_to_get}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/base/private_files.py" line="243"/>
        <source>{name} could not be written safely (its temporary file was replaced by something else). Nothing was written.</source>
        <extracomment>Files SQLite may put next to a database it writes (removed with a failed ``private_output``).</extracomment>
        <translation>{name} konnte nicht sicher geschrieben werden (die temporäre Datei wurde durch etwas anderes ersetzt). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/base/private_files.py" line="267"/>
        <source>{name} is a link to another file; Seller Desktop does not write through links. Choose another file name.</source>
        <translation>{name} ist eine Verknüpfung zu einer anderen Datei; Seller Desktop schreibt nicht über Verknüpfungen. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/base/private_files.py" line="276"/>
        <source>{name} is a folder, not a file. Choose a file name inside it, or another name.</source>
        <translation>{name} ist ein Ordner, keine Datei. Wählen Sie einen Dateinamen in diesem Ordner oder einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/base/private_files.py" line="284"/>
        <source>{name} is not an ordinary file (a device or a pipe, for example). Choose another file name.</source>
        <translation>{name} ist keine gewöhnliche Datei (sondern zum Beispiel ein Gerät oder eine Pipe). Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/codes.py" line="50"/>
        <source>Campaign {campaign!r} has run out of codes: {left} left, {needed} needed for these cards. Import more (campaign-codes) or generate more, then print again. Nothing was printed.</source>
        <extracomment>No 0/O, no 1/I/l (and no L, which reads like I in some fonts): 31 symbols, about 4.95 bits each.</extracomment>
        <translation>Der Kampagne „{campaign}“ sind die Codes ausgegangen: {left} übrig, {needed} für diese Karten nötig. Importieren Sie weitere (campaign-codes) oder erzeugen Sie weitere, und drucken Sie dann noch einmal. Es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/codes.py" line="69"/>
        <source>Some codes chosen for these cards went to other orders in the meantime (another print run). Nothing was bound or printed: prepare the cards again, they get other codes.</source>
        <translation>Einige für diese Karten gewählte Codes sind inzwischen an andere Bestellungen gegangen (ein anderer Druckvorgang). Es wurde nichts zugeordnet oder gedruckt: Bereiten Sie die Karten noch einmal vor, sie erhalten dann andere Codes.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/codes.py" line="94"/>
        <source>Generate between 1 and {count:,} codes at a time.</source>
        <extracomment>Codes the file repeated or the store already had (skipped: a code is never used twice).</extracomment>
        <translation>Erzeugen Sie zwischen 1 und {count} Codes auf einmal.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/codes.py" line="164"/>
        <source>{name} is too large for a code list (at most {megabytes} MB).</source>
        <translation>{name} ist zu groß für eine Codeliste (höchstens {megabytes} MB).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/codes.py" line="119"/>
        <source>{name} holds no codes: it is empty.</source>
        <translation>{name} enthält keine Codes: Die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/codes.py" line="127"/>
        <location filename="../../seller_desktop/core/campaigns/redemption_files.py" line="102"/>
        <source>{name} is a table without a code column: name its column &quot;Claim Code&quot; (or give one code per line).</source>
        <translation>{name} ist eine Tabelle ohne Code-Spalte: Benennen Sie die Spalte „Claim Code“ (oder schreiben Sie einen Code pro Zeile).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/codes.py" line="145"/>
        <location filename="../../seller_desktop/core/campaigns/redemption_files.py" line="149"/>
        <source>Line {number} of {name} is not a code (codes have 4-40 letters, digits and dashes). Nothing was imported.</source>
        <translation>Zeile {number} von {name} ist kein Code (Codes bestehen aus 4–40 Buchstaben, Ziffern und Bindestrichen). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/codes.py" line="155"/>
        <location filename="../../seller_desktop/core/campaigns/redemption_files.py" line="113"/>
        <source>{name} holds no codes.</source>
        <translation>{name} enthält keine Codes.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/codes.py" line="174"/>
        <source>{name} is not a text file. Choose the claim-code list (.txt or .csv) Seller Central gave you.</source>
        <translation>{name} ist keine Textdatei. Wählen Sie die Liste der Gutscheincodes (.txt oder .csv), die Sie von Seller Central erhalten haben.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/codes.py" line="225"/>
        <source>Line {number} of {name} has no valid code in its code column (codes have 4-40 letters, digits and dashes). Nothing was imported.</source>
        <translation>Zeile {number} von {name} hat keinen gültigen Code in der Code-Spalte (Codes bestehen aus 4–40 Buchstaben, Ziffern und Bindestrichen). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/model.py" line="109"/>
        <source>A campaign needs a name.</source>
        <extracomment>Printed as a QR code, with the card&apos;s own code appended when the campaign has codes. ISO dates, both inclusive; None: no limit. The thank-you card for products no campaign covers (at most one campaign is the default). Text of the optional back side (&quot;&quot; for none). Exact SKUs and SKU patterns (``MUG-*``), ASINs, marketplace codes. The image is loaded only on request (``get_campaign_image``). The language of the headline, body and back text above (``texts.CARD_LANGUAGES``); None: in no particular language, so its card takes the buyer&apos;s marketplace language ... ... and the same in other languages, at most one per language.</extracomment>
        <translation>Eine Kampagne braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/model.py" line="112"/>
        <source>A campaign name can have at most {limit} characters.</source>
        <translation>Ein Kampagnenname darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/model.py" line="129"/>
        <source>{name}: the card needs a headline, a text or a QR link.</source>
        <translation>{name}: Die Karte braucht eine Überschrift, einen Text oder einen QR-Link.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/texts.py" line="57"/>
        <source>{name}: cards cannot be printed in {language!r}; use one of {codes}.</source>
        <extracomment>The languages a card can be printed in: those of Amazon&apos;s marketplaces, in the order of ``MARKETPLACES`` (en, es, pt, de, fr, it, nl, sv, pl, tr, ar, ja). The CLI&apos;s ``--headline-LANG`` flags and the editor&apos;s language choice are made from this list.</extracomment>
        <translation>{name}: Karten können nicht in {language!r} gedruckt werden; verwenden Sie eine dieser Sprachen: {codes}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/texts.py" line="81"/>
        <source>{name}: the campaign&apos;s own text is in {language} already; edit it rather than adding a second {language} text.</source>
        <translation>{name}: Der eigene Text der Kampagne ist bereits in {language}; bearbeiten Sie ihn, statt einen zweiten Text in {language} hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/texts.py" line="91"/>
        <source>{name}: two texts in {language}; keep one.</source>
        <translation>{name}: zwei Texte in {language}; behalten Sie einen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/texts.py" line="106"/>
        <source>{name}: the headline can have at most {limit} characters.</source>
        <translation>{name}: Die Überschrift darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/texts.py" line="113"/>
        <source>{name}: the text can have at most {limit} characters.</source>
        <translation>{name}: Der Text darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/texts.py" line="120"/>
        <source>{name}: the back-side text can have at most {limit} characters.</source>
        <translation>{name}: Der Text der Rückseite darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/model.py" line="157"/>
        <source>{name}: the valid-from date must be written YYYY-MM-DD.</source>
        <translation>{name}: Das Datum „Gültig ab“ muss als JJJJ-MM-TT geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/model.py" line="163"/>
        <source>{name}: the valid-until date must be written YYYY-MM-DD.</source>
        <translation>{name}: Das Datum „Gültig bis“ muss als JJJJ-MM-TT geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/model.py" line="175"/>
        <source>{name}: the campaign ends before it starts.</source>
        <translation>{name}: Die Kampagne endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/model.py" line="191"/>
        <source>{name}: {asin} is not an ASIN (ten letters and digits).</source>
        <translation>{name}: {asin} ist keine ASIN (zehn Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/model.py" line="200"/>
        <source>{name}: unknown marketplace {market!r}. Use Amazon&apos;s country codes: {codes}.</source>
        <translation>{name}: unbekannter Marktplatz „{market}“. Verwenden Sie die Länderkürzel von Amazon: {codes}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/model.py" line="210"/>
        <source>{name}: say which products the campaign is for (SKUs, SKU patterns such as MUG-*, ASINs or marketplaces), or make it the default card.</source>
        <translation>{name}: Geben Sie an, für welche Produkte die Kampagne gilt (SKUs, SKU-Muster wie MUG-*, ASINs oder Marktplätze), oder machen Sie sie zur Standard-Dankeskarte.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/model.py" line="219"/>
        <source>{name}: the default card is for products no campaign covers; it takes no SKUs, ASINs or marketplaces.</source>
        <translation>{name}: Die Standard-Dankeskarte gilt für Produkte, die keine Kampagne abdeckt; sie nimmt keine SKUs, ASINs oder Marktplätze an.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/model.py" line="231"/>
        <source>The card image is too large: choose one under {megabytes} MB.</source>
        <translation>Das Kartenbild ist zu groß: Wählen Sie eines unter {megabytes} MB.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/model.py" line="238"/>
        <source>The card image must be a PNG or JPEG file.</source>
        <translation>Das Kartenbild muss eine PNG- oder JPEG-Datei sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/model.py" line="255"/>
        <source>There is already a campaign named {name!r}. Choose another name.</source>
        <translation>Es gibt bereits eine Kampagne namens „{name}“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/model.py" line="281"/>
        <source>There is no campaign {id}.</source>
        <translation>Es gibt keine Kampagne {id}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/model.py" line="323"/>
        <source>There is no campaign {key!r}. `seller-desktop-cli campaigns` lists them.</source>
        <translation>Es gibt keine Kampagne „{key}“. `seller-desktop-cli campaigns` listet alle auf.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/model.py" line="344"/>
        <source>This campaign&apos;s codes have gone out on cards: pause it instead of deleting it, so its codes are never printed again.</source>
        <translation>Codes dieser Kampagne sind bereits auf Karten verschickt worden: Pausieren Sie die Kampagne, statt sie zu löschen, damit ihre Codes nie wieder gedruckt werden.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/printing.py" line="106"/>
        <location filename="../../seller_desktop/core/documents/picklist.py" line="120"/>
        <location filename="../../seller_desktop/core/documents/selection.py" line="42"/>
        <source>There is no order {order_id} in the store. Nothing was printed.</source>
        <extracomment>Marketplace languages written in Latin script. order id → the cards it earns, in print order (orders earning none map to []).</extracomment>
        <translation>Die Bestellung {order_id} ist nicht in der Datenbank. Es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/urls.py" line="30"/>
        <source>The QR link can have at most {limit} characters.</source>
        <extracomment>Query parameter that carries the card&apos;s code.</extracomment>
        <translation>Der QR-Link darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/urls.py" line="36"/>
        <source>The QR link must be a web address starting with https:// (or http://).</source>
        <translation>Der QR-Link muss eine Webadresse sein, die mit https:// (oder http://) beginnt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/urls.py" line="42"/>
        <source>The QR link cannot contain spaces.</source>
        <translation>Der QR-Link darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/documents/layouts.py" line="104"/>
        <location filename="../../seller_desktop/core/labels/bench_print.py" line="199"/>
        <source>Unknown layout {name!r}. Use one of: {names}.</source>
        <extracomment>Dashed lines to cut along: (x1, y1, x2, y2).</extracomment>
        <translation>Unbekanntes Layout „{name}“. Verwenden Sie eines von diesen: {names}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/documents/picklist_render.py" line="35"/>
        <source>The selected orders have nothing left to pick.</source>
        <extracomment>The head of the EAN column: the codes&apos; own names, the same in every language.</extracomment>
        <translation>Für die gewählten Bestellungen ist nichts mehr zu kommissionieren.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/documents/selection.py" line="28"/>
        <source>Give order ids or --unshipped / --unprinted, not both.</source>
        <translation>Geben Sie Bestellnummern oder --unshipped / --unprinted an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/documents/selection.py" line="57"/>
        <source>Choose orders: give their ids, or --unshipped or --unprinted.</source>
        <translation>Wählen Sie Bestellungen: Geben Sie ihre Bestellnummern an, oder --unshipped oder --unprinted.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/documents/selection.py" line="63"/>
        <source>There are no unprinted open orders: nothing to print.</source>
        <translation>Es gibt keine ungedruckten offenen Bestellungen: Es gibt nichts zu drucken.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/documents/selection.py" line="67"/>
        <source>There are no unshipped orders: nothing to print.</source>
        <translation>Es gibt keine unversandten Bestellungen: Es gibt nichts zu drucken.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/edits.py" line="70"/>
        <source>There is already an order {order_id}. Choose another order id.</source>
        <extracomment>Hand-made order ids: ASCII letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, up to 64 characters — but never the shape of an Amazon order id (``importers.order_ids``), which only reports bring. The two schemes are disjoint, so a report can never produce (and merge into) a hand-made order&apos;s id, and a hand-made order is never taken for an Amazon one. Empty for a new item: one is made from the order id. The state or region and the ISO country code of the address (kept on the order, past the wipe, like an imported order&apos;s); None leaves them as they are, &quot;&quot; clears them. None leaves the stored contact details as they are; an empty one removes them.</extracomment>
        <translation>Es gibt bereits eine Bestellung {order_id}. Wählen Sie eine andere Bestellnummer.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/ledger.py" line="118"/>
        <location filename="../../seller_desktop/core/labels/rating.py" line="76"/>
        <location filename="../../seller_desktop/core/orders/edits.py" line="91"/>
        <location filename="../../seller_desktop/core/orders/shipping.py" line="155"/>
        <location filename="../../seller_desktop/core/privacy/retention.py" line="209"/>
        <location filename="../../seller_desktop/core/reviews/queue.py" line="155"/>
        <location filename="../../seller_desktop/core/reviews/solicitations.py" line="208"/>
        <source>There is no order {order_id} in the store.</source>
        <extracomment>What the purchase was sent with (schema 15), for a retry with the same key: Amazon&apos;s request token and the requested document specification as JSON.
----------
Why the order has no rates (its message says what to do), else None.
----------
order_item_id -&gt; quantity; None ships everything not shipped yet. How Amazon hears of it: &quot;api&quot; (confirmShipment, queued), &quot;file&quot; (the confirmation upload file), &quot;elsewhere&quot; (already confirmed in Seller Central: never sent, never exported), &quot;buy_shipping&quot; (a label bought from Amazon: Amazon confirms it by itself; likewise). None: &quot;api&quot; when an Amazon account covers the order&apos;s marketplace, else &quot;file&quot;.
----------
Orders purchased longer ago than this are past any window (longest transit + 30 days + slack). One of ``STATES``. Why excluded or not yet eligible, as a code: cancelled, excluded_sku, refund_or_return, cancel_requested, late_delivery, not_shipped, unconfirmed (a request whose answer was lost, checked with Amazon before anything else is sent), or Amazon&apos;s word for not_eligible. The marketplace&apos;s today the state was judged on.
----------
Refused by Amazon as asked before: recorded, never asked again. Asked (or ruled out) before this run: nothing sent. &apos;sending&apos; rows of an earlier run that Amazon shows went through. Sent, answer lost: left &apos;sending&apos;, checked with Amazon at the next run. Why the run stopped before its end (rate limit, no connection), None when it did not.</extracomment>
        <translation>Die Bestellung {order_id} ist nicht in der Datenbank.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/edits.py" line="106"/>
        <source>The contact details of order {order_id} were removed under the privacy rules and cannot be added again.</source>
        <translation>Die Kontaktdaten der Bestellung {order_id} wurden nach den Datenschutzregeln gelöscht und können nicht erneut hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/edits.py" line="163"/>
        <source>Enter an order id.</source>
        <translation>Geben Sie eine Bestellnummer ein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/edits.py" line="166"/>
        <source>An order id may use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, up to 64 characters (for example M-1001).</source>
        <translation>Eine Bestellnummer darf Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; enthalten, bis zu 64 Zeichen (zum Beispiel M-1001).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/edits.py" line="174"/>
        <source>That is the form of an Amazon order id, which comes with Amazon&apos;s reports: import the report for that order, or give a hand-made order another id (for example M-1001).</source>
        <translation>Das ist die Form einer Amazon-Bestellnummer, wie sie mit den Berichten von Amazon kommt: Importieren Sie den Bericht für diese Bestellung, oder geben Sie einer selbst angelegten Bestellung eine andere Nummer (zum Beispiel M-1001).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/edits.py" line="191"/>
        <source>Choose a marketplace ({codes}).</source>
        <translation>Wählen Sie einen Marktplatz ({codes}).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/edits.py" line="196"/>
        <source>Unknown status {status!r}.</source>
        <translation>Unbekannter Status „{status}“.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/edits.py" line="224"/>
        <source>The purchase time needs a time zone.</source>
        <translation>Die Kaufzeit braucht eine Zeitzone.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/edits.py" line="233"/>
        <source>Enter the purchase date as YYYY-MM-DD HH:MM.</source>
        <translation>Geben Sie das Kaufdatum als JJJJ-MM-TT HH:MM ein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/edits.py" line="236"/>
        <source>The purchase date is in the future.</source>
        <translation>Das Kaufdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/edits.py" line="239"/>
        <source>The ship-by date is before the purchase date.</source>
        <translation>Das Datum „Versand bis“ liegt vor dem Kaufdatum.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/edits.py" line="243"/>
        <source>The deliver-by date is before the purchase date.</source>
        <translation>Das Datum „Zustellung bis“ liegt vor dem Kaufdatum.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/edits.py" line="251"/>
        <source>An order needs at least one item.</source>
        <translation>Eine Bestellung braucht mindestens einen Artikel.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/edits.py" line="261"/>
        <source>Item {number}: enter a SKU.</source>
        <translation>Artikel {number}: Geben Sie eine SKU ein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/edits.py" line="265"/>
        <source>Item {number} ({sku}): the quantity must be a whole number of at least 1.</source>
        <translation>Artikel {number} ({sku}): Die Menge muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/edits.py" line="290"/>
        <source>Two items have the same item id.</source>
        <translation>Zwei Artikel haben dieselbe Artikelnummer.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/edits.py" line="302"/>
        <source>Item {number} ({sku}): the price {price!r} is not a number.</source>
        <translation>Artikel {number} ({sku}): Der Preis „{price}“ ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/edits.py" line="311"/>
        <source>Item {number} ({sku}): the price cannot be negative.</source>
        <translation>Artikel {number} ({sku}): Der Preis darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/edits.py" line="329"/>
        <source>The item id {item_id} belongs to order {other_order}.</source>
        <translation>Die Artikelnummer {item_id} gehört zur Bestellung {other_order}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/edits.py" line="346"/>
        <source>Item {sku}: {shipped} already shipped, so the quantity cannot be less than that.</source>
        <translation>Artikel {sku}: {shipped} bereits versandt, daher kann die Menge nicht kleiner sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/edits.py" line="358"/>
        <source>An item that has already been shipped cannot be removed from the order.</source>
        <translation>Ein Artikel, der bereits versandt wurde, kann nicht aus der Bestellung entfernt werden.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/marketplaces.py" line="58"/>
        <source>Unknown marketplace {code!r}. Use one of Amazon&apos;s country codes: {codes}.</source>
        <extracomment>The marketplace&apos;s calendar: Amazon&apos;s dates for its orders (promised delivery, the review window) are days there. The North American reports end their promised days at 23:59:59 Pacific, so US, CA and MX count in Pacific time.</extracomment>
        <translation>Unbekannter Marktplatz „{code}“. Verwenden Sie eines der Länderkürzel von Amazon: {codes}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/products.py" line="77"/>
        <source>The image of {sku} is too large: choose one under 1 MB.</source>
        <extracomment>Loaded only on request (``get_product_image``): a list of products never carries images.</extracomment>
        <translation>Das Bild von {sku} ist zu groß: Wählen Sie eines unter 1 MB.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/products.py" line="84"/>
        <source>The image of {sku} must be a PNG or JPEG file.</source>
        <translation>Das Bild von {sku} muss eine PNG- oder JPEG-Datei sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/product_import.py" line="68"/>
        <source>{name} has no sku column. The first row must name the columns: sku, ean, name, bin. Nothing was imported.</source>
        <extracomment>Header name (lower case) → the product field it fills.</extracomment>
        <translation>{name} hat keine Spalte sku. Die erste Zeile muss die Spalten benennen: sku, ean, name, bin. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/product_import.py" line="82"/>
        <source>{name} has more than {limit} rows. Nothing was imported.</source>
        <translation>{name} hat mehr als {limit} Zeilen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/sizes.py" line="67"/>
        <location filename="../../seller_desktop/core/orders/product_import.py" line="103"/>
        <location filename="../../seller_desktop/core/orders/products.py" line="119"/>
        <source>A product needs a SKU.</source>
        <extracomment>The largest side we take (3 m) and the heaviest parcel (1 t): beyond them it is a typo.</extracomment>
        <translation>Ein Produkt braucht eine SKU.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/sizes.py" line="98"/>
        <source>{text} is not a size: give length x width x height in centimetres, e.g. 30x20x10.5.</source>
        <translation>{text} ist keine Größe: Geben Sie Länge x Breite x Höhe in Zentimetern an, z. B. 30x20x10.5.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/sizes.py" line="115"/>
        <source>{text} is not a weight: give grams, e.g. 350.</source>
        <translation>{text} ist kein Gewicht: Geben Sie Gramm an, z. B. 350.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/sizes.py" line="126"/>
        <source>Each side must be more than 0 and at most {limit} cm.</source>
        <translation>Jede Seite muss größer als 0 und höchstens {limit} cm sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/sizes.py" line="137"/>
        <source>The weight must be more than 0 and at most {limit} grams.</source>
        <translation>Das Gewicht muss größer als 0 und höchstens {limit} Gramm sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/product_import.py" line="112"/>
        <source>Nothing was imported: rows of {name} that cannot be imported ({count}):
{problems}</source>
        <translation>Es wurde nichts importiert: Zeilen von {name}, die nicht importiert werden können ({count}):
{problems}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/products.py" line="123"/>
        <source>{sku}: the product name can have at most {limit} characters.</source>
        <translation>{sku}: Der Produktname darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/products.py" line="132"/>
        <source>{sku}: the bin location can have at most {limit} characters.</source>
        <translation>{sku}: Der Lagerplatz darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/products.py" line="141"/>
        <source>{sku}: {barcode} is not a valid UPC or EAN (8, 12, 13 or 14 digits with their check digit).</source>
        <translation>{sku}: {barcode} ist keine gültige UPC oder EAN (8, 12, 13 oder 14 Ziffern mit Prüfziffer).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/shipping.py" line="62"/>
        <source>The carrier</source>
        <extracomment>The free-text fields of a shipment as the seller names them, and how to type them instead. Each field with its name and advice for the message, both catalogue texts (core.messages).</extracomment>
        <translation>Der Versanddienstleister</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/shipping.py" line="63"/>
        <source>Type the carrier&apos;s name, e.g. UPS or Royal Mail.</source>
        <translation>Geben Sie den Namen des Versanddienstleisters ein, z. B. DHL oder UPS.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/shipping.py" line="67"/>
        <source>The tracking number</source>
        <translation>Die Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/shipping.py" line="68"/>
        <source>Type it as the carrier shows it.</source>
        <translation>Geben Sie sie so ein, wie der Versanddienstleister sie anzeigt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/shipping.py" line="72"/>
        <source>The ship method</source>
        <translation>Die Versandart</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/shipping.py" line="73"/>
        <source>Type it as the carrier names it, e.g. Standard.</source>
        <translation>Geben Sie sie so ein, wie der Versanddienstleister sie nennt, z. B. Standard.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/shipping.py" line="78"/>
        <source>Order {order_id} was not marked shipped: choose the carrier. Amazon needs it to confirm the shipment. (A shipment you already confirmed in Seller Central needs none.)</source>
        <extracomment>Amazon refuses a confirmation without a carrier code (see core.orders.carriers): a shipment that will be confirmed to Amazon, by the API or the upload file, needs a carrier.</extracomment>
        <translation>Bestellung {order_id} wurde nicht als versandt markiert: Wählen Sie den Versanddienst. Amazon braucht ihn, um den Versand zu bestätigen. (Eine Sendung, die Sie bereits in Seller Central bestätigt haben, braucht keinen.)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/shipping.py" line="111"/>
        <source>{label} cannot start with =, + or @ or contain tabs or line breaks. {advice}</source>
        <extracomment>Routes Amazon already knows of: never exported, never queued, recorded as confirmed.</extracomment>
        <translation>{label} darf nicht mit =, + oder @ beginnen und keine Tabulatoren oder Zeilenumbrüche enthalten. {advice}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/ledger.py" line="124"/>
        <source>Order {order_id} already has a label ({carrier} {service}); nothing was bought. Void that label first to buy another.</source>
        <translation>Bestellung {order_id} hat bereits ein Versandetikett ({carrier} {service}); es wurde nichts gekauft. Stornieren Sie zuerst dieses Etikett, um ein anderes zu kaufen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/ledger.py" line="135"/>
        <location filename="../../seller_desktop/core/orders/shipping.py" line="160"/>
        <source>Order {order_id} is cancelled and cannot be shipped.</source>
        <translation>Die Bestellung {order_id} ist storniert und kann nicht versandt werden.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/ledger.py" line="142"/>
        <location filename="../../seller_desktop/core/labels/packages.py" line="51"/>
        <location filename="../../seller_desktop/core/orders/shipping.py" line="227"/>
        <source>Order {order_id} has nothing left to ship.</source>
        <extracomment>(order_item_id, quantity) of the units in the package.</extracomment>
        <translation>Bei der Bestellung {order_id} ist nichts mehr zu versenden.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/ledger.py" line="200"/>
        <location filename="../../seller_desktop/core/labels/void_reprint.py" line="28"/>
        <source>Order {order_id} has no bought label to void.</source>
        <translation>Bestellung {order_id} hat kein gekauftes Etikett zum Stornieren.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/shipping.py" line="233"/>
        <source>Order {order_id} has no item {item_id}.</source>
        <translation>Die Bestellung {order_id} hat keinen Artikel {item_id}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/shipping.py" line="239"/>
        <source>Item {item_id} of order {order_id}: {quantity} is more than the {left} left to ship.</source>
        <translation>Artikel {item_id} der Bestellung {order_id}: {quantity} ist mehr als die {left}, die noch zu versenden sind.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/shipping.py" line="323"/>
        <source>A shipment of order {order_ids} has a carrier, tracking number or ship method that starts with =, + or @ or contains a tab or line break, which Amazon cannot take. Nothing was written and no shipment was marked as confirmed.</source>
        <translation>Eine Sendung der Bestellung {order_ids} hat einen Versanddienstleister, eine Sendungsnummer oder eine Versandart, die mit =, + oder @ beginnt oder einen Tabulator oder Zeilenumbruch enthält; das nimmt Amazon nicht an. Es wurde nichts geschrieben und keine Sendung als bestätigt markiert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/shipping.py" line="331"/>
        <source>A shipment of orders {order_ids} has a carrier, tracking number or ship method that starts with =, + or @ or contains a tab or line break, which Amazon cannot take. Nothing was written and no shipment was marked as confirmed.</source>
        <translation>Eine Sendung der Bestellungen {order_ids} hat einen Versanddienstleister, eine Sendungsnummer oder eine Versandart, die mit =, + oder @ beginnt oder einen Tabulator oder Zeilenumbruch enthält; das nimmt Amazon nicht an. Es wurde nichts geschrieben und keine Sendung als bestätigt markiert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/passphrase.py" line="70"/>
        <source>The new passphrase is the same as the current one.</source>
        <extracomment>``X.db`` → ``X.db.new-key`` while a change is under way (never ``*.db``: not a backup yet). SQLCipher 4&apos;s key derivation, which ``PRAGMA key`` applies to a passphrase.</extracomment>
        <translation>Die neue Passphrase ist dieselbe wie die aktuelle.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/archive_file.py" line="128"/>
        <source>it has no key</source>
        <translation>sie hat keinen Schlüssel</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/errors.py" line="15"/>
        <source>The tax archive is not set up yet. Set an archive passphrase first (Privacy screen, or `seller-desktop-cli archive-init`).</source>
        <translation>Das Steuerarchiv ist noch nicht eingerichtet. Legen Sie zuerst eine Archiv-Passphrase fest (Seite Datenschutz oder `seller-desktop-cli archive-init`).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/errors.py" line="26"/>
        <source>The tax archive is already set up. Nothing was changed; its passphrase stays as it is.</source>
        <translation>Das Steuerarchiv ist bereits eingerichtet. Es wurde nichts geändert; seine Passphrase bleibt, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/errors.py" line="41"/>
        <source>Nothing was opened.</source>
        <translation>Es wurde nichts geöffnet.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/errors.py" line="44"/>
        <source>That archive passphrase does not open the tax archive (it is not the store passphrase, unless you chose the same). {nothing_done}</source>
        <translation>Diese Archiv-Passphrase öffnet das Steuerarchiv nicht (sie ist nicht die Datenbank-Passphrase, es sei denn, Sie haben dieselbe gewählt). {nothing_done}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/errors.py" line="58"/>
        <source>The tax archive is busy: another Seller Desktop window or command is writing to it. Wait a moment and try again.</source>
        <translation>Das Steuerarchiv ist belegt: Ein anderes Seller-Desktop-Fenster oder ein Befehl schreibt gerade hinein. Warten Sie einen Moment und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/errors.py" line="67"/>
        <source>The tax archive file cannot be read ({detail}). Restore the archive folder from your own copy; the store itself is not affected.</source>
        <extracomment>The file-level message; ``detail`` is a catalogue text or an exception&apos;s class name.</extracomment>
        <translation>Die Datei des Steuerarchivs kann nicht gelesen werden ({detail}). Stellen Sie den Archivordner aus Ihrer eigenen Kopie wieder her; die Datenbank selbst ist nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/errors.py" line="73"/>
        <source>The tax archive file cannot be read (the entry of order {order_id} has an unknown format). Restore the archive folder from your own copy; the store itself is not affected.</source>
        <extracomment>One order&apos;s entry: whole sentences of their own, since the detail names the order.</extracomment>
        <translation>Die Datei des Steuerarchivs kann nicht gelesen werden (der Eintrag der Bestellung {order_id} hat ein unbekanntes Format). Stellen Sie den Archivordner aus Ihrer eigenen Kopie wieder her; die Datenbank selbst ist nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/errors.py" line="78"/>
        <source>The tax archive file cannot be read (the entry of order {order_id} was altered or damaged). Restore the archive folder from your own copy; the store itself is not affected.</source>
        <translation>Die Datei des Steuerarchivs kann nicht gelesen werden (der Eintrag der Bestellung {order_id} wurde verändert oder beschädigt). Stellen Sie den Archivordner aus Ihrer eigenen Kopie wieder her; die Datenbank selbst ist nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/errors.py" line="98"/>
        <source>The tax archive holds nothing for order {order_id} (never archived, or past its end date and deleted).</source>
        <translation>Das Steuerarchiv enthält nichts zur Bestellung {order_id} (nie archiviert, oder nach seinem Enddatum gelöscht).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/holds.py" line="55"/>
        <source>There is no order {order_id} in this store.</source>
        <extracomment>Whether the order&apos;s invoice fields are already sealed in the archive (wiped since).</extracomment>
        <translation>Die Bestellung {order_id} ist nicht in dieser Datenbank.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/holds.py" line="69"/>
        <source>The contact details of order {order_id} are already removed, so there is nothing left to hold. No hold was placed.</source>
        <translation>Die Kontaktdaten der Bestellung {order_id} sind bereits gelöscht; es bleibt also nichts, was eine Löschsperre halten könnte. Es wurde keine Löschsperre gesetzt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/holds.py" line="118"/>
        <source>There is no legal hold on order {order_id}. Nothing was changed.</source>
        <translation>Für die Bestellung {order_id} gibt es keine Löschsperre. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/holds.py" line="142"/>
        <source>Give a reason for the hold, e.g. &quot;tax audit 2027&quot; or a case number.</source>
        <translation>Geben Sie einen Grund für die Löschsperre an, z. B. „Betriebsprüfung 2027“ oder ein Aktenzeichen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/holds.py" line="148"/>
        <source>The reason can have at most {limit} characters.</source>
        <translation>Der Grund darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/holds.py" line="153"/>
        <source>The reason must be plain text on one line.</source>
        <translation>Der Grund muss einfacher Text in einer Zeile sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/holds.py" line="161"/>
        <source>The hold&apos;s end day {day} has passed; choose today or later.</source>
        <translation>Der Endtag der Löschsperre ({day}) ist vorbei; wählen Sie heute oder einen späteren Tag.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/holds.py" line="171"/>
        <source>A hold can last at most {years} years (until {until}).</source>
        <translation>Eine Löschsperre kann höchstens {years} Jahre dauern (bis {until}).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/sealing.py" line="84"/>
        <source>its key settings are unreadable</source>
        <extracomment>Argon2id at about a third of a second here: slow for a guesser, quick for the seller.</extracomment>
        <translation>ihre Schlüsseleinstellungen sind unlesbar</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/sealing.py" line="93"/>
        <source>its key pair does not match</source>
        <translation>ihr Schlüsselpaar passt nicht zusammen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/setup.py" line="57"/>
        <source>Choose an archive passphrase different from the store passphrase: the archive should stay closed while the store is open. Nothing was changed.</source>
        <translation>Wählen Sie eine Archiv-Passphrase, die sich von der Datenbank-Passphrase unterscheidet: Das Archiv soll verschlossen bleiben, während die Datenbank geöffnet ist. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/setup.py" line="84"/>
        <source>The new archive passphrase is the same as the current one. Nothing was changed.</source>
        <translation>Die neue Archiv-Passphrase ist dieselbe wie die aktuelle. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/archive/setup.py" line="98"/>
        <source>Nothing was changed: the archive passphrase stays as it was.</source>
        <translation>Es wurde nichts geändert: Die Archiv-Passphrase bleibt, wie sie war.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/backups.py" line="100"/>
        <source>There is no file {name} to restore from.</source>
        <extracomment>None when the store now is damaged: what it held cannot be read to compare.</extracomment>
        <translation>Es gibt keine Datei {name}, aus der wiederhergestellt werden könnte.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/erasure.py" line="27"/>
        <source>Give the buyer&apos;s e-mail address as it appears on the order (with an @).</source>
        <translation>Geben Sie die E-Mail-Adresse des Käufers so an, wie sie in der Bestellung steht (mit @).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/erasure.py" line="53"/>
        <source>No such order in the store: {order_ids}. Nothing was erased.</source>
        <translation>Keine solche Bestellung in der Datenbank: {order_ids}. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/retention.py" line="189"/>
        <source>shipped</source>
        <extracomment>Orders wiped per transaction: a crash loses at most one batch&apos;s work, never leaves half a batch. The statuses an order cannot be given more time in, as catalogue texts for the message.</extracomment>
        <translation>versandt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/retention.py" line="190"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/retention.py" line="214"/>
        <source>Order {order_id} is {status}: only orders still to ship can be given more time.</source>
        <translation>Die Bestellung {order_id} ist {status}: Nur Bestellungen, die noch zu versenden sind, können mehr Zeit erhalten.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/privacy/retention.py" line="224"/>
        <source>Order {order_id} holds no contact details any more; there is nothing to keep.</source>
        <translation>Die Bestellung {order_id} enthält keine Kontaktdaten mehr; es gibt nichts aufzubewahren.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/documents/templates.py" line="241"/>
        <location filename="../../seller_desktop/core/settings.py" line="145"/>
        <source>The business name can have at most 120 characters.</source>
        <extracomment>Marketplaces whose sellers print on US Letter; everyone else uses A4. Tax-archive periods the app accepts, in years (e.g. 10 in Germany, 6 in the UK). The longest carrier or ship service remembered for the next shipment. The most insert cards the seller can have put in one parcel. The layout names of ``documents.layouts.LAYOUTS`` (kept here so that loading settings does not import ReportLab; a test checks both lists agree). The ISO code of the country parcels leave from (where the return address is): an address anywhere else gets its country&apos;s line. &quot;&quot; means the default marketplace&apos;s country. PNG/JPEG bytes, base64 in the store; empty for none. Tax-archive rule (off by default: nothing is kept past the deadline unless the seller says the law requires it). Orders of these marketplaces keep their invoice fields, sealed, ... ... and so do business orders, of any marketplace, when this is on ... ... for this many years after the end of the year of the sale. Printing: the page layout of packing slips and of pick lists (``LAYOUT_NAMES``) ... ... item prices on slips (never on gift orders, whatever this says) ... ... and the slip&apos;s footer line: None for &quot;Thank you for your order!&quot; in the slip&apos;s language, &quot;&quot; for no footer line, any other text as it is. Insert cards: at most this many in one parcel, those of the highest-priority campaigns. Amazon: sync every this many minutes while the window is open (0: only when asked) ... ... and whether the seller was told that orders come without names and addresses (the app lacks Amazon&apos;s restricted role): told once, not after every sync. Insert cards: the brand colour of the headline, accent bar and border (``#RRGGBB``, &quot;&quot; for none) and whether cards have a border. Mark shipped: the carrier and ship service last used, offered again next time (the same carrier ships most parcels). Kept with the store, not the machine: it belongs to this seller&apos;s business, not to one computer; it holds no personal data. Labels bought through Amazon: where the carrier picks up, as Amazon&apos;s address fields (the free-text return address cannot be split into them reliably in every country); the name is the business name, the country ``ship_from``. The seller&apos;s own address, no buyer&apos;s. The rate chosen by default: &quot;CARRIER_ID/SERVICE_ID&quot; when offered, else the cheapest that meets Amazon&apos;s delivery promise (&quot;&quot; : always that). Review requests (``core.reviews``): SKUs whose buyers are never asked ... ... and whether orders with a refund or return, a cancellation the buyer asked for, or a delivery later than promised are left out of the queue. Ask every eligible order of a connected marketplace once a day while the app is open (the Reviews page keeps the log). Off until the seller turns it on. Days from shipping to delivery per ship service level, for orders without promised delivery dates: &quot;Standard=5, Expedited=3&quot; overrides ``reviews.window.TRANSIT_DAYS``.</extracomment>
        <translation>Der Firmenname darf höchstens 120 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/documents/templates.py" line="214"/>
        <location filename="../../seller_desktop/core/settings.py" line="151"/>
        <source>Unknown marketplace {code!r}; use one of {codes}.</source>
        <translation>Unbekannter Marktplatz „{code}“; verwenden Sie einen von diesen: {codes}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/settings.py" line="160"/>
        <source>Lock after idle: between 0 (never) and 1440 minutes.</source>
        <translation>Sperren nach Inaktivität: zwischen 0 (nie) und 1440 Minuten.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/settings.py" line="166"/>
        <source>Contact details can be kept between 1 and {limit} days after delivery (Amazon&apos;s Data Protection Policy allows no more).</source>
        <translation>Kontaktdaten können zwischen 1 und {limit} Tagen nach der Zustellung aufbewahrt werden (mehr erlaubt die Datenschutzrichtlinie von Amazon nicht).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/documents/templates.py" line="245"/>
        <location filename="../../seller_desktop/core/settings.py" line="175"/>
        <source>The logo is too large: choose an image under 2 MB.</source>
        <translation>Das Logo ist zu groß: Wählen Sie ein Bild unter 2 MB.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/documents/templates.py" line="99"/>
        <location filename="../../seller_desktop/core/settings.py" line="211"/>
        <source>Packing slips</source>
        <extracomment>Columns a packing slip can show besides quantity and product (price: ``Settings.show_prices``). Columns a pick list can show besides quantity and product. A column no row has a value for (no bins set, no images) is left out even when on: no empty columns. The most characters of the message and the returns block. PNG/JPEG bytes, base64; empty for the general logo. None: the general footer; &quot;&quot;: no footer line; else this text. The optional columns shown, in ``SLIP_COLUMNS`` order. A message block under the items (&quot;&quot; for none), e.g. a note from the seller. A returns block under the items (&quot;&quot; for none): how to send something back. Marketplace code → its branding.</extracomment>
        <translation>Lieferscheine</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/documents/templates.py" line="108"/>
        <source>The message block</source>
        <translation>Der Nachrichtenblock</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/documents/templates.py" line="109"/>
        <source>The returns block</source>
        <translation>Der Rücksendeblock</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/documents/templates.py" line="127"/>
        <source>Pick lists: the per-order breakdown is on or off.</source>
        <extracomment>The optional columns shown, in ``PICK_LIST_COLUMNS`` order. Under each product, which orders take how many (for sorting into parcels).</extracomment>
        <translation>Picklisten: Die Aufteilung nach Bestellungen ist an oder aus.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/documents/templates.py" line="133"/>
        <location filename="../../seller_desktop/core/settings.py" line="212"/>
        <source>Pick lists</source>
        <translation>Picklisten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/documents/templates.py" line="193"/>
        <source>{what}: give the columns as a list, e.g. {names}.</source>
        <translation>{what}: Geben Sie die Spalten als Liste an, z. B. {names}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/documents/templates.py" line="200"/>
        <source>{what}: unknown column {column!r}; use one of {names}.</source>
        <translation>{what}: unbekannte Spalte {column!r}; verwenden Sie eine von {names}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/documents/templates.py" line="223"/>
        <source>{what} must be text.</source>
        <translation>{what} muss Text sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/documents/templates.py" line="228"/>
        <source>{what} can have at most {limit} characters.</source>
        <translation>{what} darf höchstens {limit} Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/documents/templates.py" line="238"/>
        <source>Branding: every field must be text.</source>
        <translation>Markenauftritt: Jedes Feld muss Text sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/settings.py" line="216"/>
        <source>{what}: unknown page layout {layout!r}; use one of {names}.</source>
        <translation>{what}: unbekanntes Seitenlayout „{layout}“; verwenden Sie eines von diesen: {names}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/settings.py" line="226"/>
        <source>Insert cards per parcel: between 1 and {limit}.</source>
        <translation>Beilagekarten pro Paket: zwischen 1 und {limit}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/settings.py" line="230"/>
        <source>Prices on packing slips: on or off.</source>
        <translation>Preise auf Lieferscheinen: an oder aus.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/documents/templates.py" line="250"/>
        <location filename="../../seller_desktop/core/settings.py" line="234"/>
        <source>The footer line must be text.</source>
        <translation>Die Fußzeile muss Text sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/documents/templates.py" line="254"/>
        <location filename="../../seller_desktop/core/settings.py" line="238"/>
        <source>The footer line can have at most {limit} characters.</source>
        <translation>Die Fußzeile darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/settings.py" line="198"/>
        <source>Ships from: unknown country code {code!r}; use a two-letter ISO code such as US or DE (or leave it empty for the default marketplace&apos;s country).</source>
        <translation>Versand aus: unbekannter Ländercode {code!r}; verwenden Sie einen zweistelligen ISO-Code wie US oder DE (oder lassen Sie das Feld leer für das Land des Standard-Marktplatzes).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/settings.py" line="250"/>
        <source>The card colour must be written as # and six hexadecimal digits, e.g. #1F6FB2 (or left empty).</source>
        <translation>Die Kartenfarbe wird als # mit sechs Hexadezimalziffern geschrieben, z. B. #1F6FB2 (oder leer gelassen).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/settings.py" line="258"/>
        <source>The border on insert cards: on or off.</source>
        <translation>Rahmen auf Beilagekarten: an oder aus.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/settings.py" line="266"/>
        <source>Sync with Amazon every: between 0 (off) and 1440 minutes.</source>
        <translation>Mit Amazon synchronisieren alle: zwischen 0 (aus) und 1440 Minuten.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/settings.py" line="272"/>
        <source>The note about Amazon&apos;s role: on or off.</source>
        <translation>Der Hinweis zu Amazons Rolle: an oder aus.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/settings.py" line="279"/>
        <source>The remembered carrier and service must be short text.</source>
        <translation>Der gemerkte Versanddienst und die Versandart müssen kurzer Text sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/settings.py" line="294"/>
        <source>The ship-from address lines and the preferred label service must be text of at most {limit} characters.</source>
        <translation>Die Zeilen der Absendeadresse und der bevorzugte Etikettendienst müssen Text mit höchstens {limit} Zeichen sein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/settings.py" line="320"/>
        <source>Review requests: give excluded SKUs as a list, the exclusions as on or off, and transit days as service=days pairs, e.g. Standard=5, Expedited=3.</source>
        <translation>Bewertungsanfragen: Geben Sie ausgeschlossene SKUs als Liste an, die Ausschlüsse als an oder aus und die Lieferzeiten als Paare Versandart=Tage, z. B. Standard=5, Expedited=3.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/settings.py" line="332"/>
        <source>Tax archive: give the marketplaces as a list of codes, e.g. DE, FR.</source>
        <translation>Steuerarchiv: Geben Sie die Marktplätze als Liste von Länderkürzeln an, z. B. DE, FR.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/settings.py" line="341"/>
        <source>Tax archive: unknown marketplace {code!r}; use one of {codes}.</source>
        <translation>Steuerarchiv: unbekannter Marktplatz „{code}“; verwenden Sie einen von diesen: {codes}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/settings.py" line="349"/>
        <source>Tax archive for business orders: on or off.</source>
        <translation>Steuerarchiv für Geschäftskundenbestellungen: an oder aus.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/settings.py" line="355"/>
        <source>Tax archive: keep invoice details between {low} and {high} years.</source>
        <translation>Steuerarchiv: Rechnungsdaten werden zwischen {low} und {high} Jahren aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/amazon/accounts.py" line="70"/>
        <source>The client id is empty or not a single word: copy it from Seller Central, Develop apps › your app › LWA credentials (it looks like amzn1.application-oa2-client.…).</source>
        <extracomment>None: Amazon&apos;s own host for the region / token endpoint (set only for a test server).</extracomment>
        <translation>Die Client-ID ist leer oder kein einzelnes Wort: Kopieren Sie sie aus Seller Central, Apps entwickeln › Ihre App › LWA-Anmeldedaten (sie sieht aus wie amzn1.application-oa2-client.…).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/amazon/accounts.py" line="78"/>
        <source>The client secret is empty or not a single word: copy it from the app&apos;s LWA credentials.</source>
        <translation>Das Client-Secret ist leer oder kein einzelnes Wort: Kopieren Sie es aus den LWA-Anmeldedaten der App.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/amazon/accounts.py" line="86"/>
        <source>The refresh token is empty or not a single word: it is shown once when you authorize the app in Seller Central (it looks like Atzr|…).</source>
        <translation>Das Aktualisierungstoken ist leer oder kein einzelnes Wort: Es wird einmal angezeigt, wenn Sie die App in Seller Central autorisieren (es sieht aus wie Atzr|…).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/amazon/errors.py" line="32"/>
        <source>Amazon did not accept the app&apos;s client id or client secret (invalid_client). Check both in Seller Central (Apps and Services › Develop Apps › View the LWA credentials) and enter them again in the Amazon account settings.</source>
        <translation>Amazon hat die Client-ID oder das Client-Secret der App nicht angenommen (invalid_client). Prüfen Sie beide in Seller Central (Apps und Services › Apps entwickeln › LWA-Anmeldedaten anzeigen) und geben Sie sie in den Einstellungen des Amazon-Kontos erneut ein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/amazon/errors.py" line="39"/>
        <source>Amazon did not accept the refresh token ({reason}): the app&apos;s authorization was revoked, or the token was pasted wrongly. Authorize the app again in Seller Central and enter the new refresh token in the Amazon account settings.</source>
        <translation>Amazon hat das Aktualisierungstoken nicht angenommen ({reason}): Die Autorisierung der App wurde widerrufen, oder das Token wurde falsch eingefügt. Autorisieren Sie die App in Seller Central erneut und geben Sie das neue Aktualisierungstoken in den Einstellungen des Amazon-Kontos ein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/amazon/errors.py" line="57"/>
        <source>Amazon refused {operation} although the login worked (request id {request_id}): the app is probably missing a role. In Seller Central, edit the app&apos;s roles (Orders needs &apos;Inventory and Order Tracking&apos;), authorize it again and enter the new refresh token.</source>
        <translation>Amazon hat {operation} abgelehnt, obwohl die Anmeldung funktioniert hat (Anfrage-ID {request_id}): Der App fehlt wahrscheinlich eine Rolle. Bearbeiten Sie in Seller Central die Rollen der App (Bestellungen brauchen „Inventory and Order Tracking“), autorisieren Sie sie erneut und geben Sie das neue Aktualisierungstoken ein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/amazon/errors.py" line="75"/>
        <source>Amazon&apos;s rate limit: try again at {time}. Amazon allows {operation} only every so often; what was fetched so far is kept.</source>
        <translation>Amazons Anfragelimit: Versuchen Sie es um {time} Uhr erneut. Amazon erlaubt {operation} nur in Abständen; was bisher abgerufen wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/amazon/errors.py" line="91"/>
        <source>Amazon ({host}) could not be reached: {what}. Check the network connection and try again; what was fetched so far is kept.</source>
        <translation>Amazon ({host}) war nicht erreichbar: {what}. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut; was bisher abgerufen wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/amazon/errors.py" line="106"/>
        <source>Amazon answered {operation} with an error (HTTP {status}, {code}: {detail}; request id {request_id}). Try again later; if it persists, give Amazon&apos;s seller support the request id.</source>
        <translation>Amazon hat {operation} mit einem Fehler beantwortet (HTTP {status}, {code}: {detail}; Anfrage-ID {request_id}). Versuchen Sie es später erneut; wenn der Fehler bleibt, nennen Sie dem Verkäufer-Support von Amazon die Anfrage-ID.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/amazon/errors.py" line="127"/>
        <source>Amazon&apos;s answer to {operation} could not be read (request id {request_id}). Nothing of it was used; try again later.</source>
        <translation>Amazons Antwort auf {operation} konnte nicht gelesen werden (Anfrage-ID {request_id}). Nichts davon wurde verwendet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/amazon/errors.py" line="144"/>
        <source>Amazon&apos;s shipping rates expired (they hold for 10 minutes; request id {request_id}). Nothing was bought: fetch the rates again.</source>
        <translation>Amazons Versandtarife sind abgelaufen (sie gelten 10 Minuten; Anfrage-ID {request_id}). Es wurde nichts gekauft: Rufen Sie die Tarife erneut ab.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/amazon/errors.py" line="162"/>
        <source>Amazon does not sell shipping labels for {marketplace} orders: type the tracking number as before.</source>
        <translation>Amazon verkauft keine Versandetiketten für Bestellungen auf {marketplace}: Geben Sie die Sendungsnummer wie bisher ein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/amazon/errors.py" line="171"/>
        <source>Amazon refused to sell a shipping label (request id {request_id}): the app lacks Amazon&apos;s shipping role. Type the tracking number as before, or add the role to the app in Seller Central and authorize it again.</source>
        <translation>Amazon hat den Verkauf eines Versandetiketts abgelehnt (Anfrage-ID {request_id}): Der App fehlt Amazons Versandrolle. Geben Sie die Sendungsnummer wie bisher ein oder fügen Sie der App die Rolle in Seller Central hinzu und autorisieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/amazon/regions.py" line="104"/>
        <source>{url} is not a web address (https://…).</source>
        <translation>{url} ist keine Webadresse (https://…).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/amazon/regions.py" line="109"/>
        <source>{url} does not use https. Amazon&apos;s addresses start with https://; plain http is allowed only to this computer (127.0.0.1, localhost), for tests.</source>
        <translation>{url} verwendet kein https. Amazons Adressen beginnen mit https://; einfaches http ist nur zu diesem Computer erlaubt (127.0.0.1, localhost), für Tests.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/amazon/regions.py" line="54"/>
        <source>Unknown Amazon region {region}. Use na, eu or fe.</source>
        <extracomment>Login with Amazon&apos;s token endpoint (the developer guide&apos;s &quot;Step 1. Request a Login with Amazon access token&quot;). Plain http is allowed to these only: a test server on this computer.</extracomment>
        <translation>Unbekannte Amazon-Region {region}. Verwenden Sie na, eu oder fe.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/amazon/regions.py" line="71"/>
        <source>{code} is an Amazon marketplace of the {other} region, not of {region}. Set up an account for {other} for it.</source>
        <translation>{code} ist ein Amazon-Marktplatz der Region {other}, nicht der Region {region}. Richten Sie dafür ein Konto für {other} ein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/amazon/regions.py" line="84"/>
        <source>Name at least one marketplace, such as US or DE.</source>
        <translation>Nennen Sie mindestens einen Marktplatz, zum Beispiel US oder DE.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/verify.py" line="148"/>
        <source>Order {order_id} is cancelled: do not ship it.</source>
        <extracomment>The line the code belongs to (MATCHED, EXTRA, NEEDS_BARCODE), else None. For WRONG: the SKU the code belongs to in the products, if known. GTIN-14 → SKU, for every product with a barcode (to name the product of a wrong scan).</extracomment>
        <translation>Bestellung {order_id} ist storniert: Versenden Sie sie nicht.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/verify.py" line="153"/>
        <source>Order {order_id} is still pending at Amazon (not paid yet): do not ship it yet.</source>
        <translation>Bestellung {order_id} ist bei Amazon noch ausstehend (noch nicht bezahlt): Versenden Sie sie noch nicht.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/verify.py" line="161"/>
        <source>Order {order_id} has no items to verify.</source>
        <translation>Bestellung {order_id} hat keine Artikel zum Prüfen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/orders/verify.py" line="167"/>
        <source>Order {order_id} is already shipped: nothing is left to pack.</source>
        <translation>Bestellung {order_id} ist bereits versandt: Es ist nichts mehr zu packen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/boxes.py" line="64"/>
        <location filename="../../seller_desktop/core/labels/packages.py" line="112"/>
        <source>There is no box named {name}.</source>
        <translation>Es gibt keinen Karton namens {name}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/boxes.py" line="73"/>
        <source>A box needs a name of 1 to {limit} characters, e.g. Small.</source>
        <translation>Ein Karton braucht einen Namen mit 1 bis {limit} Zeichen, z. B. Klein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/boxes.py" line="81"/>
        <source>The weight of box {name} must be 0 to {limit} grams.</source>
        <translation>Das Gewicht des Kartons {name} muss 0 bis {limit} Gramm betragen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/packages.py" line="60"/>
        <source>The weight or size of {sku} is not known, so no package can be planned. Enter it in Settings › Products, or with: product-set {sku} --weight GRAMS --dims LxWxH (in cm).</source>
        <translation>Gewicht oder Größe von {sku} sind nicht bekannt, daher kann kein Paket geplant werden. Geben Sie sie unter Einstellungen › Produkte ein oder mit: product-set {sku} --weight GRAMS --dims LxWxH (in cm).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/amazon_link.py" line="32"/>
        <source>No Amazon account covers {marketplace} orders, so no label can be bought for them: connect one (amazon-account set) or type the tracking number as before.</source>
        <translation>Kein Amazon-Konto deckt Bestellungen auf {marketplace} ab, daher kann für sie kein Etikett gekauft werden: Verbinden Sie eines (amazon-account set) oder geben Sie die Sendungsnummer wie bisher ein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/amazon_link.py" line="51"/>
        <source>Amazon needs the address parcels are picked up from: give it with ship-from --street … --city … --postal-code … [--region …] (and a business name).</source>
        <translation>Amazon braucht die Adresse, an der Pakete abgeholt werden: Geben Sie sie mit ship-from --street … --city … --postal-code … [--region …] an (und einen Firmennamen).</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/buying.py" line="58"/>
        <source>The rates for order {order_id} had expired and {carrier} {service} now costs {price} {currency} instead of {old_price}. Nothing was bought: to buy at the new price, use rate {rate_id}.</source>
        <extracomment>The label format asked of Amazon for each output (a PDF job places PNG labels).</extracomment>
        <translation>Die Tarife für Bestellung {order_id} waren abgelaufen und {carrier} {service} kostet jetzt {price} {currency} statt {old_price}. Es wurde nichts gekauft: Um zum neuen Preis zu kaufen, verwenden Sie den Tarif {rate_id}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/buying.py" line="80"/>
        <source>Amazon&apos;s answer to the label purchase for order {order_id} was lost ({reason}). Amazon may have sold it: the app asks again with the same request at the next start or purchase, and never buys it twice.</source>
        <translation>Amazons Antwort auf den Etikettenkauf für Bestellung {order_id} ging verloren ({reason}). Amazon hat es vielleicht verkauft: Die App fragt beim nächsten Start oder Kauf mit derselben Anfrage erneut und kauft es nie zweimal.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/buying.py" line="110"/>
        <source>Order {order_id} has no rate {rate_id}: fetch its rates again (rates {order_id}) and choose one of them.</source>
        <extracomment>What the reconcile before the purchase settled (shown to the seller).</extracomment>
        <translation>Bestellung {order_id} hat keinen Tarif {rate_id}: Rufen Sie ihre Tarife erneut ab (rates {order_id}) und wählen Sie einen davon.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/buying.py" line="120"/>
        <source>Rate {rate_id} needs additional inputs the app cannot give yet; nothing was bought. Choose another rate.</source>
        <translation>Tarif {rate_id} braucht zusätzliche Angaben, die die App noch nicht machen kann; es wurde nichts gekauft. Wählen Sie einen anderen Tarif.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/buying.py" line="149"/>
        <source>The rates for order {order_id} had expired and Amazon no longer offers {carrier} {service} for it; nothing was bought. Choose another rate.</source>
        <translation>Die Tarife für Bestellung {order_id} waren abgelaufen und Amazon bietet {carrier} {service} dafür nicht mehr an; es wurde nichts gekauft. Wählen Sie einen anderen Tarif.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/buying.py" line="169"/>
        <source>Rate {rate_id} offers no {format} label; nothing was bought. Choose another format or rate.</source>
        <translation>Tarif {rate_id} bietet kein Etikett im Format {format}; es wurde nichts gekauft. Wählen Sie ein anderes Format oder einen anderen Tarif.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/label_pdf.py" line="57"/>
        <source>The label of order {order_id} is {format}, not an image: print it with --format zpl.</source>
        <translation>Das Etikett der Bestellung {order_id} ist {format}, kein Bild: Drucken Sie es mit --format zpl.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/bench_print.py" line="123"/>
        <location filename="../../seller_desktop/core/labels/label_pdf.py" line="48"/>
        <location filename="../../seller_desktop/core/labels/label_pdf.py" line="82"/>
        <source>There are no labels to print.</source>
        <extracomment>The bench&apos;s layouts → the slip layout drawn beside the labels. What an office printer cannot print (~6 mm): a label on paper keeps this from every edge. The cards&apos; layout; None for the one that goes with the slips&apos; layout. The cards drawn with codes not bound yet (a preview&apos;s), else None. Orders asked for that have no stored bought label, in the order given.
----------
A label&apos;s page: (width, length, unit) as Amazon&apos;s DocumentSpec gives it.</extracomment>
        <translation>Es gibt keine Etiketten zum Drucken.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/label_pdf.py" line="73"/>
        <source>The label of order {order_id} is {format}, not ZPL: print it as a PDF.</source>
        <translation>Das Etikett der Bestellung {order_id} ist {format}, nicht ZPL: Drucken Sie es als PDF.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/reconcile.py" line="36"/>
        <source>The label for order {order_id} whose answer was lost was bought at Amazon and is now recorded ({carrier} {service}, tracking {tracking}); nothing was bought twice.</source>
        <translation>Das Etikett für Bestellung {order_id}, dessen Antwort verloren ging, wurde bei Amazon gekauft und ist jetzt erfasst ({carrier} {service}, Sendungsnummer {tracking}); nichts wurde zweimal gekauft.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/reconcile.py" line="41"/>
        <source>The interrupted label purchase for order {order_id} did not go through at Amazon ({reason}); nothing was bought. Buy the label again if you still need it.</source>
        <translation>Der unterbrochene Etikettenkauf für Bestellung {order_id} kam bei Amazon nicht zustande ({reason}); es wurde nichts gekauft. Kaufen Sie das Etikett erneut, wenn Sie es noch brauchen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/reconcile.py" line="46"/>
        <source>Whether Amazon sold the label for order {order_id} is still unknown ({reason}). The app asks again with the same request next time; it will not buy a second label.</source>
        <translation>Ob Amazon das Etikett für Bestellung {order_id} verkauft hat, ist noch unbekannt ({reason}). Die App fragt beim nächsten Mal mit derselben Anfrage erneut; sie kauft kein zweites Etikett.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/void_reprint.py" line="54"/>
        <source>The label of order {order_id} was deleted with its contact details; it cannot be printed again.</source>
        <translation>Das Etikett der Bestellung {order_id} wurde mit ihren Kontaktdaten gelöscht; es kann nicht erneut gedruckt werden.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/labels/void_reprint.py" line="94"/>
        <source>Order {order_id} has no bought label.</source>
        <extracomment>A label file and the page size it was bought at, (width, length, unit); None: unknown.</extracomment>
        <translation>Bestellung {order_id} hat kein gekauftes Etikett.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/reviews/solicitations.py" line="52"/>
        <source>No Amazon account covers {marketplace} orders, so their reviews cannot be requested through Amazon: connect one (amazon-account set), or open the order in Seller Central and mark it requested.</source>
        <extracomment>Why an order was not asked: Amazon offered no review request for it. A &apos;sending&apos; left by an earlier run that Amazon no longer offers: it went through.</extracomment>
        <translation>Kein Amazon-Konto deckt Bestellungen auf {marketplace} ab, daher können ihre Bewertungen nicht über Amazon angefragt werden: Verbinden Sie eines (amazon-account set) oder öffnen Sie die Bestellung in Seller Central und markieren Sie sie als angefragt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/redemption_files.py" line="85"/>
        <source>Type or paste at least one code.</source>
        <extracomment>Where the codes came from, as the store records it (schema: ``redemptions.source``). A date column: the day of redemption first, any date otherwise. Columns of Amazon&apos;s order reports: a table with them was downloaded from Seller Central.</extracomment>
        <translation>Geben Sie mindestens einen Code ein oder fügen Sie ihn ein.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/redemption_files.py" line="141"/>
        <source>Line {number} of the typed codes is not a code (codes have 4-40 letters, digits and dashes). Nothing was counted.</source>
        <translation>Zeile {number} der eingegebenen Codes ist kein Code (Codes haben 4–40 Buchstaben, Ziffern und Bindestriche). Es wurde nichts gezählt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/campaigns/wording_gate.py" line="56"/>
        <source>The card text of campaign {campaign} breaks Amazon&apos;s rules on reviews (“{words}”, {count} finding(s) in all). Nothing was printed. Change the wording in the campaign&apos;s card, or print anyway with an override and your reason (CLI: --override-wording REASON), which the print log keeps.</source>
        <extracomment>The card fields that carry text, in the order the editor shows them. &quot;headline&quot;, &quot;body&quot;, &quot;back_text&quot; or &quot;qr_url&quot;. The language of that text (None: the campaign&apos;s text in no particular language). The field&apos;s whole text; ``finding.start``/``end`` index into it.</extracomment>
        <translation>Der Kartentext der Kampagne {campaign} verstößt gegen Amazons Regeln zu Bewertungen („{words}“, insgesamt {count} Fund(e)). Es wurde nichts gedruckt. Ändern Sie den Text der Karte in der Kampagne, oder drucken Sie trotzdem mit Ihrer Begründung (CLI: --override-wording GRUND), die im Druckprotokoll festgehalten wird.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="63"/>
        <location filename="../../seller_desktop/ui/settings/page.py" line="67"/>
        <source>Settings</source>
        <extracomment>The settings as saved (validated and normalised by the core). Settings › Amazon account added, replaced or removed an account.</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="71"/>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="74"/>
        <source>&amp;General</source>
        <translation>All&amp;gemein</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="78"/>
        <source>P&amp;roducts</source>
        <translation>P&amp;rodukte</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="82"/>
        <source>&amp;Amazon account</source>
        <translation>Amazon-&amp;Konto</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="90"/>
        <source>Business name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="92"/>
        <source>Return address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="96"/>
        <source>Default marketplace</source>
        <translation>Standard-Marktplatz</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="101"/>
        <source>Ships from</source>
        <translation>Versand aus</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="104"/>
        <source>The country your parcels leave from. Addresses in any other country end with the country&apos;s name on packing slips and copied addresses.</source>
        <translation>Das Land, aus dem Ihre Pakete verschickt werden. Adressen in jedem anderen Land enden auf Lieferscheinen und kopierten Adressen mit dem Ländernamen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="108"/>
        <source>The default marketplace&apos;s country</source>
        <translation>Land des Standard-Marktplatzes</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="112"/>
        <source>Lock after idle minutes</source>
        <translation>Sperren nach Minuten ohne Aktivität</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="114"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="115"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="116"/>
        <source>0 means never lock by itself</source>
        <translation>0 bedeutet: nie von selbst sperren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="119"/>
        <source>&amp;Business name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="120"/>
        <source>&amp;Return address:</source>
        <translation>Absenderadr&amp;esse:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="121"/>
        <source>Shi&amp;ps from:</source>
        <translation>&amp;Versand aus:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="122"/>
        <source>Default &amp;marketplace:</source>
        <translation>Standard-&amp;Marktplatz:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="123"/>
        <source>&amp;Lock after idle:</source>
        <translation>Sperren nach &amp;Inaktivität:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="133"/>
        <source>Settings message</source>
        <translation>Meldung zu den Einstellungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="137"/>
        <source>&amp;Save settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="137"/>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="138"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="138"/>
        <source>Revert to the saved settings</source>
        <translation>Auf die gespeicherten Einstellungen zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="143"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="147"/>
        <source>The demo store has a throwaway passphrase of its own; there is nothing to change.</source>
        <translation>Die Demo-Datenbank hat eine eigene Wegwerf-Passphrase; hier gibt es nichts zu ändern.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="151"/>
        <source>The passphrase encrypts the store. Changing it re-encrypts the store; the old passphrase stops working.</source>
        <translation>Die Passphrase verschlüsselt die Datenbank. Wenn Sie sie ändern, wird die Datenbank neu verschlüsselt; die alte Passphrase funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="157"/>
        <source>&amp;Change passphrase…</source>
        <translation>Passphrase ä&amp;ndern…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="158"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/settings/page.py" line="241"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="359"/>
        <source>Set up Seller Desktop</source>
        <translation>Seller Desktop einrichten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/setup_wizard.py" line="367"/>
        <source>&amp;Create store</source>
        <translation>Datenbank &amp;anlegen</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="73"/>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="74"/>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="162"/>
        <source>Mark shipped</source>
        <extracomment>&quot;Buy labels instead…&quot;: the orders&apos; ids, for the label bench (this dialog closes). Order ids shipped by this dialog, in order.</extracomment>
        <translation>Als versandt markieren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="96"/>
        <source>&amp;Already confirmed in Seller Central (not sent again)</source>
        <extracomment>order_item_id -&gt; spin box; only when one order is shipped (partial shipments).</extracomment>
        <translation>&amp;Bereits in Seller Central bestätigt (nicht erneut senden)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="115"/>
        <source>Ship date</source>
        <translation>Versanddatum</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="116"/>
        <source>Ship &amp;date:</source>
        <translation>&amp;Versanddatum:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="118"/>
        <source>Ship service</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="119"/>
        <source>e.g. Standard, Express</source>
        <translation>z. B. Standard, Express</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="120"/>
        <source>Ship servic&amp;e:</source>
        <translation>V&amp;ersandart:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="124"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="127"/>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="129"/>
        <source>Amazon&apos;s carriers for this marketplace; choose Other for any other carrier.</source>
        <translation>Amazons Versanddienste für diesen Marktplatz; wählen Sie Andere für jeden anderen Versanddienst.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="132"/>
        <source>&amp;Carrier:</source>
        <translation>Versand&amp;dienstleister:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="164"/>
        <source>Buy &amp;labels instead…</source>
        <translation>Stattdessen Etiketten &amp;kaufen…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="166"/>
        <source>Buy Amazon&apos;s shipping labels for these orders</source>
        <translation>Amazons Versandetiketten für diese Bestellungen kaufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="227"/>
        <source>%n orders: type or scan each parcel&apos;s tracking number.</source>
        <translation>
            <numerusform>%n Bestellung: Geben Sie die Sendungsnummer jedes Pakets ein oder scannen Sie sie.</numerusform>
            <numerusform>%n Bestellungen: Geben Sie die Sendungsnummer jedes Pakets ein oder scannen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="284"/>
        <source>Choose the carrier: Amazon needs it to confirm the shipment. Nothing was marked shipped. (Already confirmed in Seller Central? Tick that box.)</source>
        <translation>Wählen Sie den Versanddienst: Amazon braucht ihn, um den Versand zu bestätigen. Nichts wurde als versandt markiert. (Bereits in Seller Central bestätigt? Kreuzen Sie das Kästchen an.)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="149"/>
        <source>Quantity of {0} to ship</source>
        <translation>Zu versendende Menge von {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="98"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="134"/>
        <source>Carrier&apos;s name</source>
        <translation>Name des Versanddienstes</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="136"/>
        <source>Carrier&apos;s &amp;name:</source>
        <translation>&amp;Name des Versanddienstes:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="151"/>
        <source>{0} (of {1} left):</source>
        <translation>{0} (von {1} übrig):</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="224"/>
        <source>Order {0}</source>
        <translation>Bestellung {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="245"/>
        <source>These orders were not marked shipped:</source>
        <translation>Diese Bestellungen wurden nicht als versandt markiert:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/orders/ship_dialog.py" line="247"/>
        <source>%n orders were marked shipped.</source>
        <translation>
            <numerusform>%n Bestellung wurde als versandt markiert.</numerusform>
            <numerusform>%n Bestellungen wurden als versandt markiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShipRows</name>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_rows.py" line="35"/>
        <source>Orders to ship</source>
        <extracomment>Enter in the last row&apos;s tracking field: ship now.</extracomment>
        <translation>Zu versendende Bestellungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_rows.py" line="40"/>
        <location filename="../../seller_desktop/ui/orders/ship_rows.py" line="58"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_rows.py" line="40"/>
        <location filename="../../seller_desktop/ui/orders/ship_rows.py" line="59"/>
        <source>Ship to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_rows.py" line="40"/>
        <location filename="../../seller_desktop/ui/orders/ship_rows.py" line="60"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_rows.py" line="40"/>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_rows.py" line="53"/>
        <source>Tracking number of order {0}</source>
        <extracomment>order_id -&gt; its tracking number field, in the order shown.</extracomment>
        <translation>Sendungsnummer der Bestellung {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_rows.py" line="54"/>
        <source>Type or scan</source>
        <translation>Eingeben oder scannen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/ship_rows.py" line="78"/>
        <source>(no contact details)</source>
        <translation>(keine Kontaktdaten)</translation>
    </message>
</context>
<context>
    <name>SlipPreview</name>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/slip_preview.py" line="66"/>
        <source>Coffee mug, blue</source>
        <extracomment>The preview page&apos;s width in pixels (shown scaled to the space it has). The store&apos;s first product (its SKU on the first item), or None.</extracomment>
        <translation>Kaffeebecher, blau</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/slip_preview.py" line="71"/>
        <source>Tea, 100 g</source>
        <translation>Tee, 100 g</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/slip_preview.py" line="85"/>
        <source>Sam Sample</source>
        <translation>Max Muster</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/slip_preview.py" line="86"/>
        <source>1 Sample Street</source>
        <translation>Musterstraße 1</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/slip_preview.py" line="87"/>
        <source>Sampletown</source>
        <translation>Musterstadt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/slip_preview.py" line="175"/>
        <source>Packing slip preview</source>
        <translation>Vorschau des Lieferscheins</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/slip_preview.py" line="178"/>
        <source>Preview note</source>
        <translation>Hinweis zur Vorschau</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/slip_preview.py" line="221"/>
        <source>A sample order on {0}, no real buyer: page 1 as it will print.</source>
        <translation>Eine Beispielbestellung auf {0}, kein echter Käufer: Seite 1, wie sie gedruckt wird.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="62"/>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="63"/>
        <source>Packing slip and pick list templates</source>
        <translation>Vorlagen für Lieferschein und Pickliste</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="65"/>
        <source>Templates message</source>
        <translation>Meldung zu den Vorlagen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="67"/>
        <source>Packing slip column: {0}</source>
        <translation>Spalte auf dem Lieferschein: {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="70"/>
        <source>Pick list column: {0}</source>
        <translation>Spalte auf der Pickliste: {0}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="72"/>
        <source>Message block</source>
        <translation>Nachrichtenblock</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="73"/>
        <source>Returns block</source>
        <translation>Rücksendeblock</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="74"/>
        <source>Show which orders take how many (&amp;per order)</source>
        <translation>Zeigen, welche Bestellungen wie viele erhalten (&amp;je Bestellung)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="75"/>
        <source>Per-order breakdown on pick lists</source>
        <translation>Aufteilung nach Bestellungen auf Picklisten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="91"/>
        <source>S&amp;KU</source>
        <translation>S&amp;KU</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="92"/>
        <source>AS&amp;IN</source>
        <translation>AS&amp;IN</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="93"/>
        <source>&amp;Condition</source>
        <translation>&amp;Zustand</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="94"/>
        <source>Product ima&amp;ge</source>
        <translation>Produkt&amp;bild</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="95"/>
        <source>&amp;EAN / UPC barcode</source>
        <translation>&amp;EAN-/UPC-Barcode</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="100"/>
        <source>&amp;Bin location</source>
        <translation>Lager&amp;platz</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="101"/>
        <source>&amp;SKU</source>
        <translation>&amp;SKU</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="102"/>
        <source>Product i&amp;mage</source>
        <translation>Produktbil&amp;d</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="103"/>
        <source>EAN / &amp;UPC barcode</source>
        <translation>EAN-/&amp;UPC-Barcode</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="124"/>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="125"/>
        <source>Packing slip</source>
        <translation>Lieferschein</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="127"/>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="144"/>
        <source>Columns besides quantity and product:</source>
        <translation>Spalten neben Menge und Artikel:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="131"/>
        <source>Item prices: “Show item prices on packing slips” on the Print page.</source>
        <translation>Artikelpreise: „Artikelpreise auf Lieferscheinen anzeigen“ auf der Seite Drucken.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="135"/>
        <source>Mess&amp;age:</source>
        <translation>Nachric&amp;ht:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="136"/>
        <source>&amp;Returns:</source>
        <translation>&amp;Rücksendung:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="141"/>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="142"/>
        <source>Pick list</source>
        <translation>Pickliste</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="160"/>
        <source>Sa&amp;ve templates</source>
        <translation>&amp;Vorlagen speichern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="160"/>
        <source>Save the templates</source>
        <translation>Die Vorlagen speichern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="161"/>
        <source>Rever&amp;t</source>
        <translation>Verwer&amp;fen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="161"/>
        <source>Revert to the saved templates</source>
        <translation>Zu den gespeicherten Vorlagen zurückkehren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="162"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="162"/>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/templates/dialog.py" line="212"/>
        <source>Templates saved.</source>
        <translation>Vorlagen gespeichert.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../seller_desktop/ui/today/page.py" line="39"/>
        <source>Today</source>
        <extracomment>Where each row&apos;s button leads; the window turns a link into a page and, for the Orders page, a filter (&quot;late&quot;: ship-by Late; &quot;due_today&quot;: Due today; &quot;to_print&quot;: Unshipped, not printed). The seller pressed a row&apos;s button (its link, one of ``LINKS``).</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/today/page.py" line="49"/>
        <source>Show orders to print</source>
        <translation>Zu druckende Bestellungen zeigen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/today/page.py" line="50"/>
        <source>Show late orders</source>
        <translation>Verspätete Bestellungen zeigen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/today/page.py" line="51"/>
        <source>Show orders due today</source>
        <translation>Heute fällige Bestellungen zeigen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/today/page.py" line="52"/>
        <source>Export shipping confirmations…</source>
        <translation>Versandbestätigungen exportieren…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/today/page.py" line="53"/>
        <source>Open Reviews</source>
        <translation>Bewertungen öffnen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/today/page.py" line="54"/>
        <source>Open Privacy</source>
        <translation>Datenschutz öffnen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/today/page.py" line="55"/>
        <source>Sync with Amazon</source>
        <translation>Mit Amazon abgleichen</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../seller_desktop/ui/app/unlock_dialog.py" line="83"/>
        <source>Unlock Seller Desktop</source>
        <extracomment>Starts opening the store elsewhere (a worker thread) and returns at once; the caller later calls ``open_finished`` or ``open_failed`` on the dialog. Wrong tries before the app starts to slow down further tries.</extracomment>
        <translation>Seller Desktop entsperren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/unlock_dialog.py" line="87"/>
        <source>Your store is encrypted. Enter your passphrase to open it.</source>
        <translation>Ihre Datenbank ist verschlüsselt. Geben Sie Ihre Passphrase ein, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/unlock_dialog.py" line="93"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/unlock_dialog.py" line="106"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/unlock_dialog.py" line="113"/>
        <source>Unlock message</source>
        <translation>Meldung zum Entsperren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/unlock_dialog.py" line="117"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/unlock_dialog.py" line="119"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/unlock_dialog.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/unlock_dialog.py" line="121"/>
        <source>Quit Seller Desktop</source>
        <translation>Seller Desktop beenden</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/unlock_dialog.py" line="174"/>
        <source>Type your passphrase, then press Enter.</source>
        <translation>Geben Sie Ihre Passphrase ein und drücken Sie dann die Eingabetaste.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/unlock_dialog.py" line="231"/>
        <source>Opening the store…</source>
        <translation>Die Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/unlock_dialog.py" line="269"/>
        <source>Too many wrong tries. Next try possible in {seconds} s.</source>
        <translation>Zu viele falsche Versuche. Nächster Versuch in {seconds} s möglich.</translation>
    </message>
</context>
<context>
    <name>UpcomingTab</name>
    <message>
        <location filename="../../seller_desktop/ui/privacy/upcoming.py" line="49"/>
        <source>Orders whose contact details are removed in the next {0} days, by day. The wipe runs when Seller Desktop starts, every hour while it runs, and when the computer wakes up.</source>
        <extracomment>Days of upcoming wipes shown in the timeline. &quot;Run the wipe now&quot;. An order&apos;s deadline was moved here (GUI thread): the page announces it and reads anew.</extracomment>
        <translation>Bestellungen, deren Kontaktdaten in den nächsten {0} Tagen gelöscht werden, nach Tagen. Die Löschung läuft beim Start von Seller Desktop, danach stündlich und wenn der Computer aus dem Ruhezustand erwacht.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/upcoming.py" line="56"/>
        <source>Upcoming wipes</source>
        <translation>Anstehende Löschungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/upcoming.py" line="56"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/upcoming.py" line="56"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/upcoming.py" line="56"/>
        <source>Order ids</source>
        <translation>Bestellnummern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/upcoming.py" line="62"/>
        <source>&amp;Run the wipe now</source>
        <translation>Löschung jetzt a&amp;usführen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/upcoming.py" line="62"/>
        <source>Run the wipe now</source>
        <translation>Löschung jetzt ausführen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/upcoming.py" line="69"/>
        <location filename="../../seller_desktop/ui/privacy/upcoming.py" line="85"/>
        <source>Orders still to ship, past day {0}</source>
        <translation>Noch zu versendende Bestellungen, älter als {0} Tage</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/upcoming.py" line="79"/>
        <source>An order not yet shipped keeps its address at most {0} days after purchase. If you still need it to ship the parcel, give the order {1} more days.</source>
        <translation>Eine noch nicht versandte Bestellung behält ihre Adresse höchstens {0} Tage nach dem Kauf. Wenn Sie sie für den Versand noch brauchen, geben Sie der Bestellung {1} Tage mehr.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/upcoming.py" line="86"/>
        <source>Order id</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/upcoming.py" line="86"/>
        <source>Contact details removed on</source>
        <translation>Kontaktdaten gelöscht am</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/upcoming.py" line="94"/>
        <source>E&amp;xtend {0} days</source>
        <translation>Um {0} Tage &amp;verlängern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/upcoming.py" line="95"/>
        <source>Extend the selected order by {0} days</source>
        <translation>Die gewählte Bestellung um {0} Tage verlängern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/upcoming.py" line="101"/>
        <source>Upcoming wipes message</source>
        <translation>Meldung zu anstehenden Löschungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/upcoming.py" line="127"/>
        <source>Nothing is due in the next {0} days.</source>
        <translation>In den nächsten {0} Tagen steht nichts an.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/upcoming.py" line="145"/>
        <source>Order {0} keeps its contact details until {1}.</source>
        <translation>Bestellung {0} behält ihre Kontaktdaten bis {1}.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="59"/>
        <source>Verify</source>
        <extracomment>How many times the page has beeped (a wrong, extra or unknown scan; a refused order).</extracomment>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="61"/>
        <source>Scan to verify</source>
        <translation>Scannen und prüfen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="64"/>
        <source>Scan the barcode on a packing slip, then each product before it goes into the parcel. A wrong or extra item is refused with a red warning and a beep. Products without a barcode: scan or type their SKU, or use Count by hand.</source>
        <translation>Scannen Sie den Barcode auf einem Lieferschein, dann jedes Produkt, bevor es ins Paket kommt. Ein falscher oder zusätzlicher Artikel wird mit einer roten Warnung und einem Signalton abgelehnt. Produkte ohne Barcode: Scannen oder tippen Sie ihre SKU oder verwenden Sie Von Hand zählen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="72"/>
        <source>Scan field</source>
        <translation>Scanfeld</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="73"/>
        <source>Scan a packing slip or a product, or type a code</source>
        <translation>Einen Lieferschein oder ein Produkt scannen oder einen Code tippen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="79"/>
        <source>&amp;Scan:</source>
        <translation>&amp;Scannen:</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="85"/>
        <source>Scan result</source>
        <translation>Scanergebnis</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="91"/>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="92"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="92"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="92"/>
        <source>EAN/UPC</source>
        <translation>EAN/UPC</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="92"/>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="102"/>
        <source>Count by &amp;hand</source>
        <translation>Von &amp;Hand zählen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="104"/>
        <source>Count one unit of the selected line without a scan</source>
        <translation>Eine Einheit der gewählten Position ohne Scan zählen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="107"/>
        <source>Start &amp;over</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="108"/>
        <source>Count this order again from zero</source>
        <translation>Diese Bestellung wieder von null an zählen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="115"/>
        <source>Scan a packing slip to start.</source>
        <translation>Scannen Sie einen Lieferschein, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="142"/>
        <source>{0} is the product {1}: scan the packing slip&apos;s barcode first, then its products.</source>
        <translation>{0} ist das Produkt {1}: Scannen Sie zuerst den Barcode des Lieferscheins, dann seine Produkte.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="147"/>
        <source>No order {0} in your orders. Scan the barcode on the packing slip.</source>
        <translation>Keine Bestellung {0} in Ihren Bestellungen. Scannen Sie den Barcode auf dem Lieferschein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/verify/page.py" line="159"/>
        <source>Order {0}: scan each product (%n unit(s)).</source>
        <translation>
            <numerusform>Bestellung {0}: Scannen Sie jedes Produkt (%n Einheit).</numerusform>
            <numerusform>Bestellung {0}: Scannen Sie jedes Produkt (%n Einheiten).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="162"/>
        <source>Order {0} was left unfinished. {1}</source>
        <translation>Bestellung {0} blieb unvollständig. {1}</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="189"/>
        <source>Order {0}: counting again from zero.</source>
        <translation>Bestellung {0}: Zählung beginnt wieder bei null.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/verify/page.py" line="209"/>
        <source>Done: order {0} is complete (%n unit(s)). Scan the next packing slip.</source>
        <translation>
            <numerusform>Fertig: Bestellung {0} ist vollständig (%n Einheit). Scannen Sie den nächsten Lieferschein.</numerusform>
            <numerusform>Fertig: Bestellung {0} ist vollständig (%n Einheiten). Scannen Sie den nächsten Lieferschein.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="217"/>
        <source>OK: {0}, {1} of {2}.</source>
        <translation>OK: {0}, {1} von {2}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="221"/>
        <source>Wrong item: {0} is {1}, which is not in this order. Not counted.</source>
        <translation>Falscher Artikel: {0} ist {1} und gehört nicht zu dieser Bestellung. Nicht gezählt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="227"/>
        <source>Too many: {0} is complete already ({1} of {1}). Not counted.</source>
        <translation>Zu viele: {0} ist bereits vollständig ({1} von {1}). Nicht gezählt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="233"/>
        <source>{0} has a barcode: scan the product itself. Not counted.</source>
        <translation>{0} hat einen Barcode: Scannen Sie das Produkt selbst. Nicht gezählt.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="237"/>
        <source>Unknown code {0}: not a product of this order. Not counted.</source>
        <translation>Unbekannter Code {0}: kein Produkt dieser Bestellung. Nicht gezählt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seller_desktop/ui/verify/page.py" line="254"/>
        <source>Order {0}: {1} of %n unit(s) counted.</source>
        <translation>
            <numerusform>Bestellung {0}: {1} von %n Einheit gezählt.</numerusform>
            <numerusform>Bestellung {0}: {1} von %n Einheiten gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="258"/>
        <source>No order open.</source>
        <translation>Keine Bestellung geöffnet.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="268"/>
        <source>none: scan the SKU</source>
        <translation>keiner: SKU scannen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/verify/page.py" line="269"/>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <location filename="../../seller_desktop/ui/reviews/chart.py" line="18"/>
        <source>Review requests per week</source>
        <translation>Bewertungsanfragen pro Woche</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/chart.py" line="31"/>
        <source>No orders were eligible for a review request in these weeks.</source>
        <translation>In diesen Wochen war keine Bestellung für eine Bewertungsanfrage möglich.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/chart.py" line="36"/>
        <source>Last {0} weeks: {1} review requests; this week {2} orders are eligible.</source>
        <translation>Letzte {0} Wochen: {1} Bewertungsanfragen; diese Woche sind {2} Bestellungen möglich.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/chart.py" line="41"/>
        <source>Week of {0}: {1} of {2}.</source>
        <translation>Woche vom {0}: {1} von {2}.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/chart.py" line="25"/>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/chart.py" line="22"/>
        <source>Eligible</source>
        <translation>Möglich</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/reviews/chart.py" line="22"/>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
</context>
<context>
    <name>WipeLogTab</name>
    <message>
        <location filename="../../seller_desktop/ui/privacy/wipe_log.py" line="25"/>
        <source>Every removal of contact details: by the retention wipe or by erasure on request. Only order ids are recorded.</source>
        <translation>Jede Löschung von Kontaktdaten: durch die Fristlöschung oder auf Anfrage. Es werden nur Bestellnummern festgehalten.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/wipe_log.py" line="31"/>
        <source>Wipe log</source>
        <translation>Löschprotokoll</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/wipe_log.py" line="32"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/wipe_log.py" line="32"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/wipe_log.py" line="32"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/wipe_log.py" line="32"/>
        <source>Order ids</source>
        <translation>Bestellnummern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/wipe_log.py" line="38"/>
        <source>Retention deadline</source>
        <translation>Löschen bis</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/wipe_log.py" line="38"/>
        <source>Erased on request</source>
        <translation>Auf Anfrage gelöscht</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/privacy/wipe_log.py" line="52"/>
        <source>No contact details have been removed yet.</source>
        <translation>Es wurden noch keine Kontaktdaten gelöscht.</translation>
    </message>
</context>
<context>
    <name>WipeProgressDialog</name>
    <message>
        <location filename="../../seller_desktop/ui/app/store_opening.py" line="30"/>
        <location filename="../../seller_desktop/ui/app/store_opening.py" line="31"/>
        <source>Opening your store</source>
        <extracomment>Orders due at start from which the progress dialog is shown (fewer take a blink).</extracomment>
        <translation>Ihre Datenbank wird geöffnet</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/store_opening.py" line="38"/>
        <source>Removing contact details past their retention deadline…</source>
        <translation>Kontaktdaten nach Ablauf der Löschfrist werden gelöscht…</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/store_opening.py" line="45"/>
        <source>Orders done</source>
        <translation>Erledigte Bestellungen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/store_opening.py" line="47"/>
        <source>Wipe progress</source>
        <translation>Fortschritt der Löschung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/store_opening.py" line="51"/>
        <source>Amazon allows keeping a buyer&apos;s contact details for at most 30 days after delivery, so they are removed before any order is shown. This takes a moment when Seller Desktop has not been opened for a while.</source>
        <translation>Amazon erlaubt, die Kontaktdaten eines Käufers höchstens 30 Tage nach der Zustellung aufzubewahren; deshalb werden sie gelöscht, bevor eine Bestellung angezeigt wird. Das dauert einen Moment, wenn Seller Desktop länger nicht geöffnet wurde.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/app/store_opening.py" line="73"/>
        <source>{0} of {1} orders</source>
        <translation>{0} von {1} Bestellungen</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../seller_desktop/core/wording/findings.py" line="85"/>
        <source>Asks for a positive or 5-star review</source>
        <extracomment>The translation context of the rules&apos; titles (written out as a literal where marked: lupdate reads literals). Short, English, translatable (context &quot;Wording&quot;): what the seller sees next to the mark.</extracomment>
        <translation>Bittet um eine positive oder 5-Sterne-Bewertung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/wording/findings.py" line="91"/>
        <source>Offers something in return for a review</source>
        <translation>Bietet etwas als Gegenleistung für eine Bewertung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/wording/findings.py" line="97"/>
        <source>Steers unhappy buyers away from reviewing</source>
        <translation>Hält unzufriedene Käufer vom Bewerten ab</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/wording/findings.py" line="103"/>
        <source>Asks only happy buyers to review</source>
        <translation>Bittet nur zufriedene Käufer um eine Bewertung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/wording/findings.py" line="109"/>
        <source>Offers a discount in your own shop</source>
        <translation>Bietet einen Rabatt im eigenen Shop</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/wording/findings.py" line="115"/>
        <source>Invites buyers to order outside Amazon</source>
        <translation>Lädt Käufer ein, außerhalb von Amazon zu bestellen</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/wording/findings.py" line="121"/>
        <source>Collects buyers&apos; e-mail addresses</source>
        <translation>Sammelt E-Mail-Adressen von Käufern</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/core/wording/findings.py" line="127"/>
        <source>Links to a site outside Amazon</source>
        <translation>Verlinkt auf eine Seite außerhalb von Amazon</translation>
    </message>
</context>
<context>
    <name>WordingMarks</name>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/wording_marks.py" line="34"/>
        <source>Wording check</source>
        <translation>Prüfung der Formulierung</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/campaigns/card_editor/wording_marks.py" line="73"/>
        <source>Instead, for example: {0}</source>
        <extracomment>Field caption → its findings, as of its last change.</extracomment>
        <translation>Stattdessen zum Beispiel: {0}</translation>
    </message>
</context>
<context>
    <name>WordingOverride</name>
    <message>
        <location filename="../../seller_desktop/ui/printing/wording_override.py" line="29"/>
        <source>“{0}” — {1} ({2})</source>
        <translation>„{0}“ — {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/printing/wording_override.py" line="92"/>
        <source>The text of these cards breaks Amazon&apos;s review rules: {0}. Printing or saving asks for your reason.</source>
        <extracomment>Asks the seller for a reason (tests give their own answer).</extracomment>
        <translation>Der Text dieser Karten verstößt gegen Amazons Bewertungsregeln: {0}. Vor dem Drucken oder Speichern werden Sie nach Ihrem Grund gefragt.</translation>
    </message>
</context>
<context>
    <name>_OptionalDate</name>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="64"/>
        <source>Set</source>
        <extracomment>(field, label) of the contact details the editor offers: the ship-to block and the buyer.</extracomment>
        <translation>Angeben</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/orders/editor.py" line="65"/>
        <source>{0} is set</source>
        <translation>{0} ist angegeben</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../seller_desktop/ui/common/widgets.py" line="191"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/widgets.py" line="203"/>
        <source>The image must be under {0} MB: save a smaller version and choose it again.</source>
        <translation>Das Bild muss kleiner als {0} MB sein: Speichern Sie eine kleinere Fassung und wählen Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/widgets.py" line="209"/>
        <source>That file could not be read. Choose another one.</source>
        <translation>Diese Datei konnte nicht gelesen werden. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../seller_desktop/ui/common/widgets.py" line="211"/>
        <source>That file is not a PNG or JPEG image. Choose one saved as PNG or JPEG.</source>
        <translation>Diese Datei ist kein PNG- oder JPEG-Bild. Wählen Sie eines, das als PNG oder JPEG gespeichert ist.</translation>
    </message>
</context>
</TS>
