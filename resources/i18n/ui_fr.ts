<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="16"/>
        <source>About Relais</source>
        <translation>À propos de Relais</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="19"/>
        <source>Encrypted case files for mental-health, addiction and social-care networks. Works without any network.</source>
        <translation>Dossiers d&apos;accompagnement chiffrés pour les réseaux de santé mentale, d&apos;assuétudes et d&apos;aide sociale. Fonctionne sans aucune connexion.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="23"/>
        <source>Build date</source>
        <translation>Date de compilation</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="24"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="30"/>
        <source>none (run from source)</source>
        <translation>aucune (lancé depuis les sources)</translation>
    </message>
</context>
<context>
    <name>CreateVaultForm</name>
    <message>
        <location filename="../../app/ui/first_run.py" line="50"/>
        <source>Welcome to Relais</source>
        <translation>Bienvenue dans Relais</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="51"/>
        <source>Relais keeps the files of the people you accompany in an encrypted vault on this computer. Create it once; you will open it with your passphrase.</source>
        <translation>Relais conserve les dossiers des personnes que vous accompagnez dans un coffre chiffré sur cet ordinateur. Créez-le une fois ; vous l&apos;ouvrirez ensuite avec votre phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="59"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="64"/>
        <source>Vault folder</source>
        <translation>Dossier du coffre</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="67"/>
        <source>User name (to sign in)</source>
        <translation>Nom d&apos;utilisateur (pour se connecter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="69"/>
        <source>e.g. Alice Martin</source>
        <translation>p. ex. Alice Martin</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="70"/>
        <source>Your full name (printed on documents)</source>
        <translation>Votre nom complet (imprimé sur les documents)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="73"/>
        <source>Several words are easier to remember and harder to guess</source>
        <translation>Plusieurs mots : plus facile à retenir, plus difficile à deviner</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="83"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="91"/>
        <source>Confirm the passphrase</source>
        <translation>Confirmez la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="97"/>
        <source>Create the vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="112"/>
        <source>Choose the folder for the vault</source>
        <translation>Choisir le dossier du coffre</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="122"/>
        <location filename="../../app/ui/first_run.py" line="125"/>
        <source>At least {n} characters</source>
        <translation>Au moins {n} caractères</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="122"/>
        <source>Weak: easy to guess</source>
        <translation>Faible : facile à deviner</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="123"/>
        <source>Fair: add a word</source>
        <translation>Moyenne : ajoutez un mot</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="123"/>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="123"/>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="127"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="15"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="16"/>
        <source>This person&apos;s file has changes that are not saved yet.</source>
        <translation>Le dossier de cette personne contient des modifications qui ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="17"/>
        <source>Do you want to save them before leaving?</source>
        <translation>Voulez-vous les enregistrer avant de quitter ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="18"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="19"/>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="21"/>
        <source>Stay here</source>
        <translation>Rester ici</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../app/ui/first_run.py" line="254"/>
        <source>Creating the vault…</source>
        <translation>Création du coffre…</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../app/ui/help.py" line="26"/>
        <source>Next or previous field, button or list</source>
        <translation>Champ, bouton ou liste suivant ou précédent</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="28"/>
        <source>In the navigation on the left: choose a page</source>
        <translation>Dans la navigation à gauche : choisir une page</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="30"/>
        <source>In a person&apos;s file: next or previous tab</source>
        <translation>Dans le dossier d&apos;une personne : onglet suivant ou précédent</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="32"/>
        <source>In the person list: open the selected person</source>
        <translation>Dans la liste des personnes : ouvrir la personne sélectionnée</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="34"/>
        <source>In a person&apos;s file: back to the list</source>
        <translation>Dans le dossier d&apos;une personne : retour à la liste</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="36"/>
        <source>Press the button or tick the box that has the focus</source>
        <translation>Presser le bouton ou cocher la case qui a le focus</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="38"/>
        <source>Close a dialog without saving</source>
        <translation>Fermer une fenêtre sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="40"/>
        <source>In the CANSAS grid: rate the domain and go to the next one</source>
        <translation>Dans la grille CANSAS : coter le domaine et passer au suivant</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="42"/>
        <source>In the CANSAS grid: clear a rating; on the network map: remove the selected member</source>
        <translation>Dans la grille CANSAS : effacer une cotation ; sur la carte du réseau : retirer le membre sélectionné</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="45"/>
        <source>On the network map: zoom</source>
        <translation>Sur la carte du réseau : zoomer</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../app/ui/keyboard.py" line="40"/>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="41"/>
        <source>DD</source>
        <translation>JJ</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="42"/>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="46"/>
        <source>This date must be between {first} and {last}. Type it as {format}.</source>
        <translation>Cette date doit être comprise entre le {first} et le {last}. Tapez-la sous la forme {format}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="50"/>
        <source>This date cannot be after {last}. Type it as {format}.</source>
        <translation>Cette date ne peut pas être postérieure au {last}. Tapez-la sous la forme {format}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="54"/>
        <source>This date cannot be before {first}. Type it as {format}.</source>
        <translation>Cette date ne peut pas être antérieure au {first}. Tapez-la sous la forme {format}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="57"/>
        <source>Not a date. Type it as {format}.</source>
        <translation>Ce n&apos;est pas une date. Tapez-la sous la forme {format}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>Register a new person</source>
        <translation>Enregistrer une nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="113"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="113"/>
        <source>Find a person by name, alias, NISS or birth year</source>
        <translation>Rechercher une personne par nom, alias, NISS ou année de naissance</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>Language, auto-lock, document defaults</source>
        <translation>Langue, verrouillage automatique, en-tête des documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115"/>
        <source>Hide everything and lock the vault now</source>
        <translation>Tout masquer et verrouiller le coffre maintenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="116"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>The keys that work everywhere in Relais</source>
        <translation>Les touches qui marchent partout dans Relais</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="122"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123"/>
        <source>&amp;About Relais</source>
        <translation>À &amp;propos de Relais</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="216"/>
        <source>This vault is older</source>
        <translation>Ce coffre est plus ancien</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="263"/>
        <source>Changes that could not be saved (a field was not valid) were discarded when Relais locked.</source>
        <translation>Les modifications qui n&apos;ont pas pu être enregistrées (un champ n&apos;était pas valide) ont été abandonnées au verrouillage de Relais.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="266"/>
        <source>Your changes were saved before locking.</source>
        <translation>Vos modifications ont été enregistrées avant le verrouillage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285"/>
        <source>Relais locked itself after {minutes} minutes without activity.</source>
        <translation>Relais s&apos;est verrouillé après {minutes} minutes d&apos;inactivité.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="288"/>
        <source>Relais locked itself because the computer went to sleep.</source>
        <translation>Relais s&apos;est verrouillé parce que l&apos;ordinateur s&apos;est mis en veille.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="290"/>
        <source>Relais locked itself because the screen was locked.</source>
        <translation>Relais s&apos;est verrouillé parce que l&apos;écran a été verrouillé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="291"/>
        <source>You locked Relais.</source>
        <translation>Vous avez verrouillé Relais.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376"/>
        <source>Vault: {path}</source>
        <translation>Coffre : {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="378"/>
        <source>New vault</source>
        <translation>Nouveau coffre</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="380"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="382"/>
        <source>{user} · {role}</source>
        <translation>{user} · {role}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../app/ui/persons/__init__.py" line="20"/>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/__init__.py" line="23"/>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="26"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="29"/>
        <source>A name or an alias is enough to start; everything else can be added later.</source>
        <translation>Un nom ou un alias suffit pour commencer ; le reste peut être ajouté plus tard.</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="37"/>
        <source>e.g. 1984 or 12/03/1984</source>
        <translation>p. ex. 1984 ou 12/03/1984</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="38"/>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="39"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="40"/>
        <source>Alias or usual name</source>
        <translation>Alias ou nom d’usage</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="41"/>
        <source>Birth date or year</source>
        <translation>Date ou année de naissance</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="44"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="91"/>
        <source>This may be {person}: open that file instead?</source>
        <translation>Il s&apos;agit peut-être de {person} : ouvrir plutôt ce dossier ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="93"/>
        <source>Open that file</source>
        <translation>Ouvrir ce dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="102"/>
        <source>Create anyway</source>
        <translation>Créer quand même</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="65"/>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="65"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="66"/>
        <source>Alias or usual name</source>
        <translation>Alias ou nom d’usage</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="66"/>
        <source>Birth date or year</source>
        <translation>Date ou année de naissance</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="67"/>
        <source>NISS</source>
        <translation>NISS</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="67"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="67"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="68"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="68"/>
        <source>Health insurance fund</source>
        <translation>Mutualité</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="69"/>
        <source>General practitioner</source>
        <translation>Médecin généraliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="69"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="70"/>
        <source>Usual whereabouts</source>
        <translation>Lieux habituels</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="71"/>
        <source>Other ways to reach the person</source>
        <translation>Autres moyens de joindre la personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="71"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="72"/>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="72"/>
        <source>Insurance</source>
        <translation>Assurance</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="75"/>
        <source>e.g. 1984 or 12/03/1984</source>
        <translation>p. ex. 1984 ou 12/03/1984</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="75"/>
        <source>Leave empty when unknown</source>
        <translation>Laisser vide si inconnu</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="76"/>
        <source>e.g. fr, ar</source>
        <translation>p. ex. fr, ar</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="77"/>
        <source>Where the person can usually be found</source>
        <translation>Où la personne se trouve habituellement</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="123"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="125"/>
        <source>Contact and housing</source>
        <translation>Contact et logement</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="127"/>
        <source>Insurance and care</source>
        <translation>Assurance et soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="141"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="144"/>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="196"/>
        <source>Last changed {when}</source>
        <translation>Dernière modification le {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="248"/>
        <location filename="../../app/ui/persons/overview.py" line="260"/>
        <source>Some fields need attention.</source>
        <translation>Certains champs sont à corriger.</translation>
    </message>
</context>
<context>
    <name>PersonFile</name>
    <message>
        <location filename="../../app/ui/persons/person_file.py" line="53"/>
        <source>← Persons</source>
        <translation>← Personnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/person_file.py" line="54"/>
        <source>Back to the list (Alt+Left)</source>
        <translation>Retour à la liste (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/person_file.py" line="63"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/person_file.py" line="111"/>
        <source>{age} years</source>
        <translation>{age} ans</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/person_file.py" line="111"/>
        <source>age unknown</source>
        <translation>âge inconnu</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/person_file.py" line="126"/>
        <source>Flag: {flag}</source>
        <translation>Signal : {flag}</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/person_file.py" line="129"/>
        <source>Open the tab “{tab}”</source>
        <translation>Ouvrir l&apos;onglet « {tab} »</translation>
    </message>
</context>
<context>
    <name>PersonLabels</name>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="12"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="13"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="14"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="20"/>
        <location filename="../../app/ui/persons/labels.py" line="33"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="21"/>
        <source>Own home</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="22"/>
        <source>Rented home</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="23"/>
        <source>With family or friends</source>
        <translation>Chez de la famille ou des amis</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="24"/>
        <source>Supported housing</source>
        <translation>Habitat accompagné</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="25"/>
        <source>Shelter</source>
        <translation>Maison d&apos;accueil, abri de nuit</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="26"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="27"/>
        <location filename="../../app/ui/persons/labels.py" line="43"/>
        <source>No fixed address</source>
        <translation>Sans domicile fixe</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="34"/>
        <source>Health insurance fund</source>
        <translation>Mutualité</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="35"/>
        <source>Health insurance fund, increased allowance (BIM)</source>
        <translation>Mutualité, intervention majorée (BIM)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="36"/>
        <source>No health insurance</source>
        <translation>Pas de mutualité</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="42"/>
        <source>No NISS</source>
        <translation>Pas de NISS</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="44"/>
        <source>No insurance</source>
        <translation>Pas de mutualité</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="45"/>
        <source>Consent missing</source>
        <translation>Consentement manquant</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="46"/>
        <source>Consent expired</source>
        <translation>Consentement expiré</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="47"/>
        <source>Consent revoked</source>
        <translation>Consentement révoqué</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="48"/>
        <source>Consent expires soon</source>
        <translation>Consentement bientôt expiré</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="49"/>
        <source>Care-plan review overdue</source>
        <translation>Révision du plan en retard</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="50"/>
        <source>Actions overdue</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="51"/>
        <source>In hospital or residential stay</source>
        <translation>En séjour hospitalier ou résidentiel</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="52"/>
        <source>Discharged: review the care plan</source>
        <translation>Sorti(e) : revoir le plan</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <location filename="../../app/ui/persons/list_model.py" line="45"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/list_model.py" line="46"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/list_model.py" line="47"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/list_model.py" line="49"/>
        <source>Assigned worker</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/list_model.py" line="50"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <location filename="../../app/ui/persons/page.py" line="65"/>
        <source>Search by name, alias, NISS or birth year (Ctrl+F)</source>
        <translation>Rechercher par nom, alias, NISS ou année de naissance (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/page.py" line="67"/>
        <source>Search persons</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/page.py" line="69"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/page.py" line="73"/>
        <source>Show persons with status</source>
        <translation>Afficher les personnes au statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/page.py" line="74"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/page.py" line="76"/>
        <source>Register a new person (Ctrl+N)</source>
        <translation>Enregistrer une nouvelle personne (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/page.py" line="86"/>
        <location filename="../../app/ui/persons/page.py" line="108"/>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/page.py" line="86"/>
        <source>Enter opens the selected person&apos;s file</source>
        <translation>Entrée ouvre le dossier de la personne sélectionnée</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/page.py" line="186"/>
        <source>Person erased</source>
        <translation>Personne effacée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/persons/page.py" line="234"/>
        <source>{shown} of %n person(s)</source>
        <translation>
            <numerusform>{shown} sur %n personne</numerusform>
            <numerusform>{shown} sur %n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/persons/page.py" line="242"/>
        <source>%n more in other statuses</source>
        <translation>
            <numerusform>%n autre dans d&apos;autres statuts</numerusform>
            <numerusform>%n autres dans d&apos;autres statuts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/page.py" line="236"/>
        <source>No person registered yet. Start with “New person” (Ctrl+N): a name or an alias is enough.</source>
        <translation>Aucune personne enregistrée pour l&apos;instant. Commencez par « Nouvelle personne » (Ctrl+N) : un nom ou un alias suffit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/page.py" line="239"/>
        <source>Nobody matches. Check the spelling, try part of the name, the birth year, or all statuses.</source>
        <translation>Personne ne correspond. Vérifiez l&apos;orthographe, essayez une partie du nom, l&apos;année de naissance ou tous les statuts.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location filename="../../app/ui/first_run.py" line="155"/>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="156"/>
        <source>If a passphrase is ever lost, this key is the only way back into the vault. It is shown only now: print the recovery sheet or write the key down, and keep it locked away, apart from this computer.</source>
        <translation>Si une phrase de passe est perdue, cette clé est le seul moyen de rouvrir le coffre. Elle n&apos;est affichée que maintenant : imprimez la feuille de récupération ou notez la clé, et rangez-la sous clé, loin de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="164"/>
        <source>Recovery sheet:</source>
        <translation>Feuille de récupération :</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="165"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="167"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="173"/>
        <source>The sheet holds the key, the vault location and what to do with it; no personal data.</source>
        <translation>La feuille contient la clé, l&apos;emplacement du coffre et ce qu&apos;il faut en faire ; aucune donnée personnelle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="175"/>
        <source>I have stored the recovery key safely</source>
        <translation>J&apos;ai mis la clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="177"/>
        <source>Continue to Relais</source>
        <translation>Continuer vers Relais</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="200"/>
        <source>Save the recovery sheet on a USB stick you keep locked away, not on this laptop</source>
        <translation>Enregistrez la fiche de récupération sur une clé USB gardée sous clé, pas sur cet ordinateur portable</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="209"/>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la feuille de récupération</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="210"/>
        <source>The sheet could not be saved: {reason}</source>
        <translation>La feuille n&apos;a pas pu être enregistrée : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="213"/>
        <source>Relais recovery sheet</source>
        <translation>Feuille de récupération Relais</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="412"/>
        <source>case manager</source>
        <translation>case manager</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="413"/>
        <source>peer worker</source>
        <translation>pair-aidant·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="414"/>
        <source>supervisor</source>
        <translation>responsable</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="43"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="49"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="52"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="57"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="60"/>
        <source>After {n} minutes without activity</source>
        <translation>Après {n} minutes d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="61"/>
        <source>After 1 minute without activity</source>
        <translation>Après 1 minute d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64"/>
        <source>Lock automatically</source>
        <translation>Verrouiller automatiquement</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="67"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="72"/>
        <source>Vault opened at start</source>
        <translation>Coffre ouvert au démarrage</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="75"/>
        <source>Document defaults (your letterhead)</source>
        <translation>En-tête des documents (vos coordonnées)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="77"/>
        <source>Printed as the sender on letters and bilans. Kept in the vault, for your user only.</source>
        <translation>Imprimé comme expéditeur sur les lettres et les bilans. Conservé dans le coffre, pour votre utilisateur seulement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="80"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="80"/>
        <source>Your function</source>
        <translation>Votre fonction</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="81"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="81"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="81"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="82"/>
        <source>Place (before the date of a letter)</source>
        <translation>Lieu (avant la date d&apos;une lettre)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="87"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="87"/>
        <source>Signature block</source>
        <translation>Bloc de signature</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="95"/>
        <source>Not stated</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="99"/>
        <source>Your profession</source>
        <translation>Votre profession</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="101"/>
        <source>Visa number, or INAMI-RIZIV number for a physician</source>
        <translation>Numéro de visa, ou numéro INAMI pour un médecin</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="103"/>
        <source>Registration</source>
        <translation>Enregistrement (visa, INAMI)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="106"/>
        <source>Unlock the vault to edit your document defaults.</source>
        <translation>Déverrouillez le coffre pour modifier votre en-tête.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="123"/>
        <source>Set for the whole service by a supervisor</source>
        <translation>Fixé pour tout le service par un·e superviseur·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="129"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="130"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="136"/>
        <source>Choose the vault folder</source>
        <translation>Choisir le dossier du coffre</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../app/ui/shell.py" line="68"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="68"/>
        <source>The pages of Relais; Up and Down choose one</source>
        <translation>Les pages de Relais ; Haut et Bas en choisissent une</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/help.py" line="63"/>
        <location filename="../../app/ui/help.py" line="69"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="65"/>
        <source>Everything in Relais can be done with the keyboard. Toolbar buttons show their shortcut in their tooltip.</source>
        <translation>Tout, dans Relais, se fait au clavier. Les boutons de la barre d&apos;outils montrent leur raccourci dans leur infobulle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="70"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="70"/>
        <source>What they do</source>
        <translation>Ce qu&apos;elles font</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../../app/ui/forms.py" line="139"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="49"/>
        <source>The operation failed; nothing more was changed. The details are in the log.</source>
        <translation>L’opération a échoué ; rien d’autre n’a été modifié. Les détails sont dans le journal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="57"/>
        <source>Operation failed</source>
        <translation>Échec de l’opération</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="132"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../app/ui/unlock.py" line="51"/>
        <location filename="../../app/ui/unlock.py" line="87"/>
        <source>Open the vault</source>
        <translation>Ouvrir le coffre</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="60"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="62"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="67"/>
        <location filename="../../app/ui/unlock.py" line="149"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="87"/>
        <source>Relais is locked</source>
        <translation>Relais est verrouillé</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="90"/>
        <source>Vault: {path}</source>
        <translation>Coffre : {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="115"/>
        <source>Opening the vault…</source>
        <translation>Ouverture du coffre…</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="147"/>
        <source>Unlock ({seconds} s)</source>
        <translation>Déverrouiller ({seconds} s)</translation>
    </message>
</context>
</TS>
