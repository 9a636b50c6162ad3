<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>the demo meeting cannot be created: %1</source>
        <translation>la réunion de démonstration ne peut pas être créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>demo inscription refused: %1</source>
        <translation>inscription de démonstration refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>The chair&apos;s console for speakers lists and speaking time.</source>
        <translation>La console de la présidence pour les listes des orateurs et le temps de parole.</translation>
    </message>
    <message>
        <source>The meeting file to open. Without it, the last meeting reopens.</source>
        <translation>Le fichier de réunion à ouvrir. À défaut, la dernière réunion est rouverte.</translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo meeting (the seed UNSC Arria-formula meeting), held today and starting within minutes.</source>
        <translation>Ouvrir une nouvelle copie de la réunion de démonstration (la réunion du Conseil de sécurité organisée selon la formule Arria fournie avec le programme), tenue aujourd’hui et commençant dans quelques minutes.</translation>
    </message>
    <message>
        <source>With --demo: hold the meeting at its own hours on the clock&apos;s day and play it forward to the clock&apos;s time, so it opens mid-meeting.</source>
        <translation>Avec --demo&#xa0;: tenir la réunion à ses propres heures le jour de l’horloge et la dérouler jusqu’à l’heure de l’horloge, de sorte qu’elle s’ouvre en cours de réunion.</translation>
    </message>
    <message>
        <source>Also open the timekeeper&apos;s display, on SCREEN (a name such as HDMI-1, or an index from 0); alone, on the second screen when there is one.</source>
        <translation>Ouvrir aussi l’affichage du chronométreur, sur SCREEN (un nom tel que HDMI-1, ou un indice à partir de 0)&#xa0;; seul, sur le second écran s’il y en a un.</translation>
    </message>
    <message>
        <source>Freeze the clock at this instant (ISO 8601, e.g. 2023-05-25T16:12:00-04:00), for screenshots.</source>
        <translation>Figer l’horloge à cet instant (ISO 8601, par exemple 2023-05-25T16:12:00-04:00), pour les captures d’écran.</translation>
    </message>
    <message>
        <source>Save the window to OUT.png once it is laid out, then quit; with --display, the display too, to OUT-display.png.</source>
        <translation>Enregistrer la fenêtre dans OUT.png une fois sa mise en page faite, puis quitter&#xa0;; avec --display, l’affichage aussi, dans OUT-display.png.</translation>
    </message>
    <message>
        <source>The window&apos;s size, e.g. 1366x768.</source>
        <translation>La taille de la fenêtre, par exemple 1366x768.</translation>
    </message>
    <message>
        <source>Say whether every text of the console is drawn whole once it is laid out, then quit (1 if any is clipped).</source>
        <translation>Indiquer si chaque texte de la console s’affiche en entier une fois la mise en page faite, puis quitter (1 si un texte est tronqué).</translation>
    </message>
    <message>
        <source>--fake-clock needs an ISO 8601 instant, such as 2023-05-25T16:12:00-04:00</source>
        <translation>--fake-clock exige un instant ISO 8601, tel que 2023-05-25T16:12:00-04:00</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT, such as 1366x768</source>
        <translation>--size exige WIDTHxHEIGHT, tel que 1366x768</translation>
    </message>
    <message>
        <source>The last meeting, %1, is no longer there.</source>
        <translation>La dernière réunion, %1, n’existe plus.</translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the one View &gt; Language chose or the system&apos;s.</source>
        <translation>Utiliser cette langue (%1) au lieu de celle choisie dans Affichage &gt; Langue ou de celle du système.</translation>
    </message>
</context>
<context>
    <name>rostrum::AboutBox</name>
    <message>
        <source>&lt;h3&gt;Rostrum %1&lt;/h3&gt;&lt;p&gt;The chair&apos;s console for speakers lists and speaking time.&lt;/p&gt;&lt;p&gt;Released under the %2.&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rostrum %1&lt;/h3&gt;&lt;p&gt;La console de la présidence pour les listes des orateurs et le temps de parole.&lt;/p&gt;&lt;p&gt;Publié sous la %2.&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Rostrum</source>
        <translation>À propos de Rostrum</translation>
    </message>
</context>
<context>
    <name>rostrum::BackupActions</name>
    <message>
        <source>%1 backup %2.rostrum</source>
        <translation>%1 sauvegarde %2.rostrum</translation>
    </message>
    <message>
        <source>Back up a copy of the meeting</source>
        <translation>Sauvegarder une copie de la réunion</translation>
    </message>
    <message>
        <source>Rostrum meetings (*.rostrum)</source>
        <translation>Réunions Rostrum (*.rostrum)</translation>
    </message>
    <message>
        <source>Not backed up: %1</source>
        <translation>Non sauvegardé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
</context>
<context>
    <name>rostrum::BackupFolder</name>
    <message>
        <source>the backup folder %1 cannot be made</source>
        <translation>le dossier de sauvegarde %1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be made private to its owner</source>
        <translation>le dossier de sauvegarde %1 ne peut pas être réservé à son propriétaire</translation>
    </message>
    <message>
        <source>it is a backup of “%1”, written %2</source>
        <translation>c’est une sauvegarde de «&#xa0;%1&#xa0;», écrite le %2</translation>
    </message>
</context>
<context>
    <name>rostrum::BackupSchedule</name>
    <message>
        <source>The automatic backup was not written: %1. The meeting carries on; the next backup is tried in a few minutes.</source>
        <translation>La sauvegarde automatique n’a pas été écrite&#xa0;: %1. La réunion se poursuit&#xa0;; la prochaine sauvegarde sera tentée dans quelques minutes.</translation>
    </message>
</context>
<context>
    <name>rostrum::BackupsDialog</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>Ouvrir une sauvegarde</translation>
    </message>
    <message>
        <source>Rostrum writes a backup of the meeting being run every 5 minutes, into %1. A backup opens read only; Save a copy as… carries on from it.</source>
        <translation>Rostrum écrit une sauvegarde de la réunion en cours toutes les 5 minutes, dans %1. Une sauvegarde s’ouvre en lecture seule&#xa0;; Enregistrer une copie sous… permet de poursuivre à partir de celle-ci.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>No backups yet: Rostrum writes one every 5 minutes while a meeting is being run.</source>
        <translation>Aucune sauvegarde pour l’instant&#xa0;: Rostrum en écrit une toutes les 5 minutes pendant le déroulement d’une réunion.</translation>
    </message>
    <message>
        <source>Backups of the meeting, newest first</source>
        <translation>Sauvegardes de la réunion, de la plus récente à la plus ancienne</translation>
    </message>
</context>
<context>
    <name>rostrum::BriefersEdit</name>
    <message>
        <source>Briefer&apos;s name</source>
        <translation>Nom de l’intervenant(e)</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Titre (facultatif)</translation>
    </message>
    <message>
        <source>Organization (optional)</source>
        <translation>Organisation (facultatif)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Delete removes the chosen briefer</source>
        <translation>Delete retire l’intervenant(e) sélectionné(e)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Briefer&apos;s title, optional</source>
        <translation>Titre de l’intervenant(e), facultatif</translation>
    </message>
    <message>
        <source>Briefer&apos;s organization, optional</source>
        <translation>Organisation de l’intervenant(e), facultatif</translation>
    </message>
    <message>
        <source>Briefers to inscribe</source>
        <translation>Intervenant(e)s à inscrire</translation>
    </message>
</context>
<context>
    <name>rostrum::Categories</name>
    <message>
        <source>Organizer</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Briefer</source>
        <translation>Intervenant(e)</translation>
    </message>
    <message>
        <source>Council member</source>
        <translation>Membre du Conseil</translation>
    </message>
    <message>
        <source>Co-sponsor</source>
        <translation>Coauteur</translation>
    </message>
    <message>
        <source>Group statement</source>
        <translation>Déclaration de groupe</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>État Membre</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Briefers</source>
        <translation>Intervenant(e)s</translation>
    </message>
    <message>
        <source>Council members</source>
        <translation>Membres du Conseil</translation>
    </message>
    <message>
        <source>Co-sponsors and groups</source>
        <translation>Coauteurs et groupes</translation>
    </message>
    <message>
        <source>Member States</source>
        <translation>États Membres</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Observateurs</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>À la tribune</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Intervenu</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Head of State or Government</source>
        <translation>Chef d’État ou de gouvernement</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>Ministre</translation>
    </message>
    <message>
        <source>Permanent Representative</source>
        <translation>Représentant(e) permanent(e)</translation>
    </message>
    <message>
        <source>Deputy Permanent Representative</source>
        <translation>Représentant(e) permanent(e) adjoint(e)</translation>
    </message>
    <message>
        <source>Chargé d&apos;affaires</source>
        <translation>Chargé(e) d’affaires</translation>
    </message>
    <message>
        <source>Move to the end of their tier</source>
        <translation>Placer à la fin de sa catégorie d’orateurs</translation>
    </message>
    <message>
        <source>Move to the end of the list</source>
        <translation>Placer à la fin de la liste</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Rayer de la liste</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
</context>
<context>
    <name>rostrum::ChairActions</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Create a new meeting file</source>
        <translation>Créer un nouveau fichier de réunion</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open a meeting file</source>
        <translation>Ouvrir un fichier de réunion</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Write the meeting to a new file and carry on there</source>
        <translation>Écrire la réunion dans un nouveau fichier et poursuivre dans celui-ci</translation>
    </message>
    <message>
        <source>&amp;Back up a copy…</source>
        <translation>&amp;Sauvegarder une copie…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Write one consistent copy of the meeting file, journal and undo included, and carry on here</source>
        <translation>Écrire une copie cohérente du fichier de réunion, journal et annulations compris, et poursuivre ici</translation>
    </message>
    <message>
        <source>Open &amp;a backup…</source>
        <translation>Ouvrir une sauve&amp;garde…</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>Ouvrir une sauvegarde</translation>
    </message>
    <message>
        <source>Look at one of the backups Rostrum writes every 5 minutes, read only</source>
        <translation>Consulter, en lecture seule, l’une des sauvegardes que Rostrum écrit toutes les 5 minutes</translation>
    </message>
    <message>
        <source>&amp;Import inscriptions…</source>
        <translation>&amp;Importer des inscriptions…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Inscribe the rows of a CSV file, after a preview of what each row becomes</source>
        <translation>Inscrire les lignes d’un fichier CSV, après un aperçu de ce que devient chaque ligne</translation>
    </message>
    <message>
        <source>&amp;Export list of speakers…</source>
        <translation>&amp;Exporter la liste des orateurs…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Write the list of speakers as PDF, CSV or HTML (Ctrl+P)</source>
        <translation>Écrire la liste des orateurs en PDF, CSV ou HTML (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Report of the meeting…</source>
        <translation>Ra&amp;pport de la réunion…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Who spoke, for how long, the totals by tier and the timeline</source>
        <translation>Qui a pris la parole, pendant combien de temps, les totaux par catégorie d’orateurs et la chronologie</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Close the console; every act is already saved</source>
        <translation>Fermer la console&#xa0;; chaque opération est déjà enregistrée</translation>
    </message>
    <message>
        <source>&amp;Start clock</source>
        <translation>&amp;Démarrer le chronomètre</translation>
    </message>
    <message>
        <source>Start
Space</source>
        <translation>Démarrer
Space</translation>
    </message>
    <message>
        <source>Start or pause the speaker&apos;s clock; calls the first speaker when no one is at the rostrum (Space)</source>
        <translation>Démarrer ou suspendre le chronomètre de l’orateur&#xa0;; appelle le premier orateur si personne n’est à la tribune (Space)</translation>
    </message>
    <message>
        <source>&amp;Next speaker</source>
        <translation>Orateur &amp;suivant</translation>
    </message>
    <message>
        <source>Next
N</source>
        <translation>Suivant
N</translation>
    </message>
    <message>
        <source>Close this speech and call the next speaker (N)</source>
        <translation>Clore cette intervention et appeler l’orateur suivant (N)</translation>
    </message>
    <message>
        <source>&amp;Absent</source>
        <translation>&amp;Absent</translation>
    </message>
    <message>
        <source>Absent
A</source>
        <translation>Absent
A</translation>
    </message>
    <message>
        <source>The called speaker is absent: move them per the meeting&apos;s rule and call the following speaker (A)</source>
        <translation>L’orateur appelé est absent&#xa0;: le déplacer selon la règle de la réunion et appeler l’orateur suivant (A)</translation>
    </message>
    <message>
        <source>A&amp;dd 30 seconds</source>
        <translation>A&amp;jouter 30 secondes</translation>
    </message>
    <message>
        <source>+30 s
+</source>
        <translation>+30 s
+</translation>
    </message>
    <message>
        <source>Give the speaker 30 more seconds (+)</source>
        <translation>Accorder 30 secondes de plus à l’orateur (+)</translation>
    </message>
    <message>
        <source>&amp;Remove 30 seconds</source>
        <translation>&amp;Enlever 30 secondes</translation>
    </message>
    <message>
        <source>−30 s
−</source>
        <translation>−30 s
−</translation>
    </message>
    <message>
        <source>Take 30 seconds from the speaker (-)</source>
        <translation>Retirer 30 secondes à l’orateur (-)</translation>
    </message>
    <message>
        <source>Rese&amp;t clock</source>
        <translation>Réini&amp;tialiser le chronomètre</translation>
    </message>
    <message>
        <source>Reset
Ctrl+R</source>
        <translation>Réinitialiser
Ctrl+R</translation>
    </message>
    <message>
        <source>Put the speaker&apos;s clock back to the full limit (Ctrl+R)</source>
        <translation>Remettre le chronomètre de l’orateur au temps de parole complet (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo
Ctrl+Z</source>
        <translation>Annuler
Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo the last act (Ctrl+Z)</source>
        <translation>Annuler la dernière opération (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo
Ctrl+Shift+Z</source>
        <translation>Rétablir
Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Redo the act just undone (Ctrl+Shift+Z)</source>
        <translation>Rétablir l’opération qui vient d’être annulée (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;Close the list</source>
        <translation>C&amp;lore la liste</translation>
    </message>
    <message>
        <source>Close list
Ctrl+L</source>
        <translation>Clore la liste
Ctrl+L</translation>
    </message>
    <message>
        <source>Close or reopen the list of speakers to new inscriptions (Ctrl+L)</source>
        <translation>Clore ou rouvrir la liste des orateurs aux nouvelles inscriptions (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Inscribe…</source>
        <translation>&amp;Inscrire…</translation>
    </message>
    <message>
        <source>Inscribe</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Go to the inscription line (Ctrl+I)</source>
        <translation>Aller à la ligne d’inscription (Ctrl+I)</translation>
    </message>
    <message>
        <source>Inscribe with &amp;details…</source>
        <translation>Inscrire avec &amp;détails…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Inscribe with every field: title, category, group, language, limit (Ctrl+Shift+I)</source>
        <translation>Inscrire avec tous les champs&#xa0;: titre, catégorie, groupe, langue, temps de parole (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected inscription (F2, Enter or double-click)</source>
        <translation>Modifier l’inscription sélectionnée (F2, Enter ou double-clic)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected speaker up one place (Ctrl+Up)</source>
        <translation>Faire monter l’orateur sélectionné d’une place (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected speaker down one place (Ctrl+Down)</source>
        <translation>Faire descendre l’orateur sélectionné d’une place (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Move to the &amp;top</source>
        <translation>En &amp;tête de liste</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>En tête</translation>
    </message>
    <message>
        <source>Make the selected speaker the next one (Ctrl+Home)</source>
        <translation>Faire de l’orateur sélectionné le prochain orateur (Ctrl+Home)</translation>
    </message>
    <message>
        <source>Move to the &amp;bottom</source>
        <translation>En &amp;fin de liste</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>En fin</translation>
    </message>
    <message>
        <source>Move the selected speaker to the end of the list (Ctrl+End)</source>
        <translation>Placer l’orateur sélectionné à la fin de la liste (Ctrl+End)</translation>
    </message>
    <message>
        <source>E&amp;xchange places</source>
        <translation>É&amp;changer les places</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échanger</translation>
    </message>
    <message>
        <source>The two selected speakers exchange places, in one act (Ctrl+E)</source>
        <translation>Les deux orateurs sélectionnés échangent leurs places, en une seule opération (Ctrl+E)</translation>
    </message>
    <message>
        <source>Back to the automatic &amp;place</source>
        <translation>Retour à la place &amp;automatique</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>Release a speaker placed by hand back to the place the rules give (Ctrl+U)</source>
        <translation>Rendre à un orateur placé manuellement la place que lui donnent les règles (Ctrl+U)</translation>
    </message>
    <message>
        <source>Set &amp;limit…</source>
        <translation>Fixer le temps de &amp;parole…</translation>
    </message>
    <message>
        <source>Limit…</source>
        <translation>Temps…</translation>
    </message>
    <message>
        <source>Set the time limit of the selected speaker, or of the current one (Ctrl+M)</source>
        <translation>Fixer le temps de parole de l’orateur sélectionné, ou de l’orateur en cours (Ctrl+M)</translation>
    </message>
    <message>
        <source>Set limit for &amp;all remaining…</source>
        <translation>Temps de parole pour t&amp;ous les orateurs restants…</translation>
    </message>
    <message>
        <source>Limit for all…</source>
        <translation>Temps pour tous…</translation>
    </message>
    <message>
        <source>Set one time limit for every waiting speaker (Ctrl+Shift+M)</source>
        <translation>Fixer un même temps de parole pour tous les orateurs en attente (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retrait</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>The selected speaker withdraws; kept in the record (Shift+Del)</source>
        <translation>L’orateur sélectionné se retire&#xa0;; il reste inscrit au relevé (Shift+Del)</translation>
    </message>
    <message>
        <source>Re&amp;move inscription</source>
        <translation>&amp;Supprimer l’inscription</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected inscription, made in error (Del)</source>
        <translation>Supprimer l’inscription sélectionnée, faite par erreur (Del)</translation>
    </message>
    <message>
        <source>Meeting &amp;settings…</source>
        <translation>&amp;Paramètres de la réunion…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Title, schedule, deadline, lists, limits and rules (Ctrl+,)</source>
        <translation>Titre, horaire, date limite, listes, temps de parole et règles (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Timekeeper display</source>
        <translation>Affichage du &amp;chronométreur</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Show or hide the timekeeper&apos;s big display (Ctrl+T); F11 in it toggles full screen</source>
        <translation>Afficher ou masquer le grand affichage du chronométreur (Ctrl+T)&#xa0;; F11 dans celui-ci bascule en plein écran</translation>
    </message>
    <message>
        <source>&amp;Running order</source>
        <translation>&amp;Ordre de passage</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Ordre de passage</translation>
    </message>
    <message>
        <source>Show the running order (Ctrl+1)</source>
        <translation>Afficher l’ordre de passage (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Spoken</source>
        <translation>Orateurs &amp;entendus</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Orateurs entendus</translation>
    </message>
    <message>
        <source>Show who has spoken, for how long, and the overruns (Ctrl+2)</source>
        <translation>Afficher qui a pris la parole, pendant combien de temps, et les dépassements (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Journal…</source>
        <translation>&amp;Journal des opérations…</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Who did what and when, from this console and every other program that writes the meeting (Ctrl+J)</source>
        <translation>Qui a fait quoi et quand, depuis cette console et tout autre programme qui écrit dans la réunion (Ctrl+J)</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Open a fresh copy of the Security Council meeting of the seed, held today and starting within minutes</source>
        <translation>Ouvrir une nouvelle copie de la réunion du Conseil de sécurité fournie avec le programme, tenue aujourd’hui et commençant dans quelques minutes</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;Touches…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Every key of the console, and its act (F1)</source>
        <translation>Toutes les touches de la console, et leur effet (F1)</translation>
    </message>
    <message>
        <source>&amp;About Rostrum</source>
        <translation>À &amp;propos de Rostrum</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>The version and the licence</source>
        <translation>La version et la licence</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open recen&amp;t</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>&amp;Chronomètre</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Export list of speakers in a &amp;language</source>
        <translation>Exporter la liste des orateurs dans une &amp;langue</translation>
    </message>
    <message>
        <source>Please conclude</source>
        <translation>Veuillez conclure</translation>
    </message>
    <message>
        <source>Your time is up</source>
        <translation>Votre temps de parole est écoulé</translation>
    </message>
    <message>
        <source>Please speak more slowly for the interpreters</source>
        <translation>Veuillez parler plus lentement pour les interprètes</translation>
    </message>
    <message>
        <source>Point of &amp;order…</source>
        <translation>Motion d’&amp;ordre…</translation>
    </message>
    <message>
        <source>Point of order
O</source>
        <translation>Motion d’ordre
O</translation>
    </message>
    <message>
        <source>A delegation raises a point of order: the speech stops, its time is kept, and the point of order takes the floor (O)</source>
        <translation>Une délégation soulève une motion d’ordre&#xa0;: l’intervention s’interrompt, son temps est conservé et la motion d’ordre a la parole (O)</translation>
    </message>
    <message>
        <source>&amp;Right of reply…</source>
        <translation>Droit de répo&amp;nse…</translation>
    </message>
    <message>
        <source>Inscribe a right of reply, heard after the last statement (Ctrl+Shift+R)</source>
        <translation>Inscrire un droit de réponse, entendu après la dernière déclaration (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Message to the speaker</source>
        <translation>&amp;Message à l’orateur</translation>
    </message>
    <message>
        <source>Show “%1” on the timekeeper&apos;s display (F%2)</source>
        <translation>Montrer «&#xa0;%1&#xa0;» sur l’affichage du chronométreur (F%2)</translation>
    </message>
    <message>
        <source>Other &amp;message…</source>
        <translation>Autre &amp;message…</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Message…</translation>
    </message>
    <message>
        <source>Type a message to show on the timekeeper&apos;s display</source>
        <translation>Saisir un message à montrer sur l’affichage du chronométreur</translation>
    </message>
    <message>
        <source>&amp;Clear the message</source>
        <translation>&amp;Effacer le message</translation>
    </message>
    <message>
        <source>Clear message
F8</source>
        <translation>Effacer le message
F8</translation>
    </message>
    <message>
        <source>Take the message off the timekeeper&apos;s display (F8)</source>
        <translation>Retirer le message de l’affichage du chronométreur (F8)</translation>
    </message>
    <message>
        <source>Right of reply
Ctrl+Shift+R</source>
        <translation>Droit de réponse
Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Share on the &amp;network…</source>
        <translation>&amp;Partager sur le réseau…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>Serve the timer, the room&apos;s screens, the booths&apos; and the delegates&apos; pages, and the timekeeper&apos;s and staff&apos;s controls, with a link per role</source>
        <translation>Servir le chronomètre, les écrans de la salle, les pages des cabines et des délégués, ainsi que les commandes du chronométreur et du secrétariat, avec un lien par rôle</translation>
    </message>
    <message>
        <source>Open from a &amp;server…</source>
        <translation>Ouvrir à partir d’un ser&amp;veur…</translation>
    </message>
    <message>
        <source>Open from a server</source>
        <translation>Ouvrir à partir d’un serveur</translation>
    </message>
    <message>
        <source>Open a meeting kept on a PostgreSQL server, shared by several consoles</source>
        <translation>Ouvrir une réunion conservée sur un serveur PostgreSQL et partagée par plusieurs consoles</translation>
    </message>
</context>
<context>
    <name>rostrum::ChairWindow</name>
    <message>
        <source>List of speakers written to %1</source>
        <translation>Liste des orateurs écrite dans %1</translation>
    </message>
    <message>
        <source>%1 — Rostrum</source>
        <translation>%1 — Rostrum</translation>
    </message>
    <message>
        <source>Rostrum</source>
        <translation>Rostrum</translation>
    </message>
    <message>
        <source>Read only — %1</source>
        <translation>Lecture seule — %1</translation>
    </message>
    <message>
        <source>⏳ Waiting to save — %1</source>
        <translation>⏳ En attente d’enregistrement — %1</translation>
    </message>
    <message>
        <source>⚠ NOT saved — %1</source>
        <translation>⚠ NON enregistré — %1</translation>
    </message>
    <message>
        <source>All changes saved — %1</source>
        <translation>Toutes les modifications sont enregistrées — %1</translation>
    </message>
    <message>
        <source>Next ignored: %1 was called less than a second ago.</source>
        <translation>Suivant ignoré&#xa0;: %1 a été appelé il y a moins d’une seconde.</translation>
    </message>
    <message>
        <source>Absent ignored: %1 was called less than a second ago.</source>
        <translation>Absent ignoré&#xa0;: %1 a été appelé il y a moins d’une seconde.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rétabli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a speaker in the running order to edit.</source>
        <translation>Sélectionnez dans l’ordre de passage un orateur à modifier.</translation>
    </message>
    <message>
        <source>Select only one speaker to edit.</source>
        <translation>Sélectionnez un seul orateur à modifier.</translation>
    </message>
    <message>
        <source>Select a speaker in the running order to move.</source>
        <translation>Sélectionnez dans l’ordre de passage un orateur à déplacer.</translation>
    </message>
    <message>
        <source>Select only one speaker to move.</source>
        <translation>Sélectionnez un seul orateur à déplacer.</translation>
    </message>
    <message>
        <source>%1 is already first on the list.</source>
        <translation>%1 est déjà en tête de liste.</translation>
    </message>
    <message>
        <source>%1 is already last on the list.</source>
        <translation>%1 est déjà en fin de liste.</translation>
    </message>
    <message>
        <source>Select two speakers (Ctrl+click the second) to exchange their places.</source>
        <translation>Sélectionnez deux orateurs (Ctrl+clic sur le second) pour échanger leurs places.</translation>
    </message>
    <message>
        <source>Select a speaker placed by hand to return them to their automatic place.</source>
        <translation>Sélectionnez un orateur placé manuellement pour lui rendre sa place automatique.</translation>
    </message>
    <message>
        <source>Select the speaker who withdraws.</source>
        <translation>Sélectionnez l’orateur qui se retire.</translation>
    </message>
    <message>
        <source>Select the inscription to remove.</source>
        <translation>Sélectionnez l’inscription à supprimer.</translation>
    </message>
    <message>
        <source>“%1” is not a time limit. Write minutes and seconds, such as 3:00.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un temps de parole. Indiquez des minutes et des secondes, par exemple 3:00.</translation>
    </message>
    <message>
        <source>Select one speaker whose limit to set.</source>
        <translation>Sélectionnez un orateur dont fixer le temps de parole.</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>Time limit for %1 (minutes:seconds):</source>
        <translation>Temps de parole de %1 (minutes:secondes)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pause clock</source>
        <translation>Mettre le chronomètre en &amp;pause</translation>
    </message>
    <message>
        <source>Pause
Space</source>
        <translation>Pause
Space</translation>
    </message>
    <message>
        <source>Re&amp;sume clock</source>
        <translation>&amp;Reprendre le chronomètre</translation>
    </message>
    <message>
        <source>&amp;Start clock</source>
        <translation>&amp;Démarrer le chronomètre</translation>
    </message>
    <message>
        <source>&amp;Start: call the first speaker</source>
        <translation>&amp;Démarrer&#xa0;: appeler le premier orateur</translation>
    </message>
    <message>
        <source>Resume
Space</source>
        <translation>Reprendre
Space</translation>
    </message>
    <message>
        <source>Start
Space</source>
        <translation>Démarrer
Space</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to undo (Ctrl+Z)</source>
        <translation>Rien à annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Annuler&#xa0;: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to redo (Ctrl+Shift+Z)</source>
        <translation>Rien à rétablir (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir&#xa0;: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Re&amp;open the list</source>
        <translation>Rouvrir &amp;la liste</translation>
    </message>
    <message>
        <source>&amp;Close the list</source>
        <translation>C&amp;lore la liste</translation>
    </message>
    <message>
        <source>Reopen list
Ctrl+L</source>
        <translation>Rouvrir la liste
Ctrl+L</translation>
    </message>
    <message>
        <source>Close list
Ctrl+L</source>
        <translation>Clore la liste
Ctrl+L</translation>
    </message>
    <message>
        <source>Rostrum meetings (*.rostrum);;All files (*)</source>
        <translation>Réunions Rostrum (*.rostrum);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation>Impossible d’ouvrir la réunion</translation>
    </message>
    <message>
        <source>%1 cannot be opened.

%2</source>
        <translation>%1 ne peut pas être ouvert.

%2</translation>
    </message>
    <message>
        <source>Open a meeting</source>
        <translation>Ouvrir une réunion</translation>
    </message>
    <message>
        <source>New meeting file</source>
        <translation>Nouveau fichier de réunion</translation>
    </message>
    <message>
        <source>meeting.rostrum</source>
        <translation>reunion.rostrum</translation>
    </message>
    <message>
        <source>New meeting: settings</source>
        <translation>Nouvelle réunion&#xa0;: paramètres</translation>
    </message>
    <message>
        <source>Briefers inscribed</source>
        <translation>Intervenant(e)s inscrit(e)s</translation>
    </message>
    <message>
        <source>The briefers cannot be inscribed: %1</source>
        <translation>Les intervenant(e)s ne peuvent pas être inscrit(e)s&#xa0;: %1</translation>
    </message>
    <message>
        <source>No recent meetings</source>
        <translation>Aucune réunion récente</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>Impossible d’ouvrir la démo</translation>
    </message>
    <message>
        <source>The demo meeting cannot be written: %1</source>
        <translation>La réunion de démonstration ne peut pas être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo meeting is missing an inscription: %1</source>
        <translation>Il manque une inscription à la réunion de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” was typed into the inscription line, not taken as %2: while you type, keys write. Escape on the empty line goes back to the list.</source>
        <translation>«&#xa0;%1&#xa0;» a été saisi dans la ligne d’inscription, et non pris comme %2&#xa0;: pendant la saisie, les touches écrivent. Escape sur la ligne vide ramène à la liste.</translation>
    </message>
    <message>
        <source>“%1” just before the typing was taken as %2; if it was the first letter of a name, press Undo.</source>
        <translation>«&#xa0;%1&#xa0;», juste avant la saisie, a été pris comme %2&#xa0;; s’il s’agissait de la première lettre d’un nom, appuyez sur Annuler.</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Motion d’ordre</translation>
    </message>
    <message>
        <source>The speech at the rostrum stops and keeps its time; the point of order takes the floor. Next gives the floor back.</source>
        <translation>L’intervention à la tribune s’interrompt et garde son temps&#xa0;; la motion d’ordre a la parole. «&#xa0;Suivant&#xa0;» rend la parole.</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Droit de réponse</translation>
    </message>
    <message>
        <source>Replies are heard after the last statement, in the order asked.</source>
        <translation>Les réponses sont entendues après la dernière déclaration, dans l’ordre des demandes.</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <translation>Message à l’orateur</translation>
    </message>
    <message>
        <source>Shown large on the timekeeper&apos;s display until cleared or the next speaker is called:</source>
        <translation>Montré en grand sur l’affichage du chronométreur jusqu’à ce qu’il soit effacé ou que l’orateur suivant soit appelé&#xa0;:</translation>
    </message>
    <message>
        <source>Open a meeting first: there is nothing to share.</source>
        <translation>Ouvrez d’abord une réunion&#xa0;: il n’y a rien à partager.</translation>
    </message>
    <message>
        <source>Shared on %1.</source>
        <translation>Partagé à l’adresse %1.</translation>
    </message>
    <message>
        <source>No longer shared on the network.</source>
        <translation>Le partage sur le réseau est arrêté.</translation>
    </message>
    <message>
        <source>Revoke links</source>
        <translation>Révoquer les liens</translation>
    </message>
    <message>
        <source>Every link given out so far will stop working, and the pages open with them will close. The new links must be given again to the timekeeper, staff and screens. Revoke them?</source>
        <translation>Tous les liens distribués jusqu’ici cesseront de fonctionner, et les pages ouvertes avec eux se fermeront. Les nouveaux liens devront être redonnés au chronométreur, au secrétariat et aux écrans. Révoquer les liens&#xa0;?</translation>
    </message>
    <message>
        <source>New links made: the old ones no longer work.</source>
        <translation>Nouveaux liens créés&#xa0;: les anciens ne fonctionnent plus.</translation>
    </message>
    <message>
        <source>timekeeper</source>
        <translation>chronométreur</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>secrétariat</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>présidence</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The password of %1 on %2:</source>
        <translation>Mot de passe de %1 sur %2&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2, as %3 — Rostrum</source>
        <translation>%1 — %2, rôle&#xa0;: %3 — Rostrum</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rostrum::ChimeMenu</name>
    <message>
        <source>&amp;Chimes</source>
        <translation>Ca&amp;rillons</translation>
    </message>
    <message>
        <source>At the &amp;warning and at zero, on this console</source>
        <translation>À l’&amp;avertissement et à zéro, sur cette console</translation>
    </message>
    <message>
        <source>Chime on this console when the speaker reaches the warning and when their time is up</source>
        <translation>Faire retentir un carillon sur cette console quand l’orateur atteint l’avertissement et quand son temps de parole est écoulé</translation>
    </message>
    <message>
        <source>In this &amp;meeting, at every console</source>
        <translation>Dans cette &amp;réunion, sur toutes les consoles</translation>
    </message>
    <message>
        <source>Whether this meeting chimes at all, at every console that runs it; saved in the meeting file, and undone like any act</source>
        <translation>Si cette réunion fait retentir les carillons, sur toutes les consoles qui la conduisent&#xa0;; enregistré dans le fichier de la réunion et annulable comme toute opération</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>&amp;%1 %</source>
        <translation>&amp;%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>rostrum::ChimePlayer</name>
    <message>
        <source>No sound output: the chimes are off on this console.</source>
        <translation>Aucune sortie audio&#xa0;: les carillons sont désactivés sur cette console.</translation>
    </message>
</context>
<context>
    <name>rostrum::ClockStepWatch</name>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set back by %1; the speech clocks kept true time.</source>
        <translation>L’horloge de l’ordinateur a été retardée de %1&#xa0;; les chronomètres des interventions ont conservé l’heure exacte.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set forward by %1; the speech clocks kept true time.</source>
        <translation>L’horloge de l’ordinateur a été avancée de %1&#xa0;; les chronomètres des interventions ont conservé l’heure exacte.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock is %1 behind this meeting&apos;s record: the speech clocks count on from the record, not from the computer&apos;s clock. Set the computer&apos;s clock right.</source>
        <translation>L’horloge de l’ordinateur a %1 de retard sur le relevé de cette réunion&#xa0;: les chronomètres des interventions continuent à partir du relevé, et non de l’horloge de l’ordinateur. Mettez l’horloge de l’ordinateur à l’heure.</translation>
    </message>
</context>
<context>
    <name>rostrum::ConsoleHeartbeat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Resumed: %1, %2 over the limit</source>
        <translation>Reprise&#xa0;: %1, %2 au-delà du temps de parole</translation>
    </message>
    <message>
        <source>Resumed: %1, %2 left</source>
        <translation>Reprise&#xa0;: %1, %2 restant</translation>
    </message>
    <message>
        <source>Resumed: %1, %2 over the limit; the console was closed for %3</source>
        <translation>Reprise&#xa0;: %1, %2 au-delà du temps de parole&#xa0;; la console a été fermée pendant %3</translation>
    </message>
    <message>
        <source>Resumed: %1, %2 left; the console was closed for %3</source>
        <translation>Reprise&#xa0;: %1, %2 restant&#xa0;; la console a été fermée pendant %3</translation>
    </message>
</context>
<context>
    <name>rostrum::CountdownReadout</name>
    <message>
        <source>Remaining speaking time</source>
        <translation>Temps de parole restant</translation>
    </message>
    <message>
        <source>PAUSED — %1</source>
        <translation>PAUSE — %1</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>PRÊT</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ATTENTION</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TEMPS ÉCOULÉ</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>DÉPASSEMENT</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>TERMINÉ</translation>
    </message>
</context>
<context>
    <name>rostrum::CsvReader</name>
    <message>
        <source>There is text after the closing quote of field %1; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>Il y a du texte après le guillemet fermant du champ %1&#xa0;; un guillemet à l’intérieur d’un champ entre guillemets s’écrit deux fois (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Field %1 contains a quote (&quot;) but does not start with one; put the whole field in quotes and write the quote twice (&quot;&quot;).</source>
        <translation>Le champ %1 contient un guillemet (&quot;) mais ne commence pas par un guillemet&#xa0;; mettez tout le champ entre guillemets et écrivez le guillemet deux fois (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quoted field starts on this line and its closing quote is missing, so the rest of the file cannot be read.</source>
        <translation>Un champ entre guillemets commence sur cette ligne et son guillemet fermant manque&#xa0;; le reste du fichier ne peut donc pas être lu.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: it looks like UTF-16 without a byte-order mark, or not text at all. Save it as “CSV UTF-8” or “Unicode text”.</source>
        <translation>Le fichier n’est pas du texte UTF-8&#xa0;: il semble être de l’UTF-16 sans indicateur d’ordre des octets, ou pas du texte du tout. Enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» ou «&#xa0;Texte Unicode&#xa0;».</translation>
    </message>
    <message>
        <source>The file is cut off in the middle of a UTF-16 character. Save it again from the spreadsheet.</source>
        <translation>Le fichier est coupé au milieu d’un caractère UTF-16. Enregistrez-le à nouveau depuis le tableur.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text here. Save it from the spreadsheet as “CSV UTF-8” or “Unicode text”.</source>
        <translation>Le fichier n’est pas du texte %1 valide à cet endroit. Enregistrez-le depuis le tableur au format «&#xa0;CSV UTF-8&#xa0;» ou «&#xa0;Texte Unicode&#xa0;».</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Il n’y a pas de fichier à l’emplacement %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file of inscriptions.</source>
        <translation>%1 est un dossier, et non un fichier d’inscriptions.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket); save the inscriptions as a CSV file and import that.</source>
        <translation>%1 n’est pas un fichier ordinaire (c’est un périphérique, un tube ou un socket)&#xa0;; enregistrez les inscriptions dans un fichier CSV et importez celui-ci.</translation>
    </message>
    <message>
        <source>%1 is the open meeting file (or its journal), not a file of inscriptions.</source>
        <translation>%1 est le fichier de la réunion ouverte (ou son journal), et non un fichier d’inscriptions.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an inscription file is at most %3 MB. Is it the right file?</source>
        <translation>%1 fait %2 Mo&#xa0;; un fichier d’inscriptions fait au plus %3 Mo. Est-ce le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 grew past %2 MB while it was read; import it again once it is saved.</source>
        <translation>%1 a dépassé %2 Mo pendant sa lecture&#xa0;; importez-le à nouveau une fois qu’il est enregistré.</translation>
    </message>
</context>
<context>
    <name>rostrum::DelegationListEdit</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Type a delegation, e.g. Ghana, and press Enter</source>
        <translation>Tapez une délégation, par exemple Ghana, puis appuyez sur Enter</translation>
    </message>
    <message>
        <source>Delete removes the chosen delegation</source>
        <translation>Delete retire la délégation sélectionnée</translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations. Press Enter again to add it as typed.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans le répertoire des délégations. Appuyez de nouveau sur Enter pour l’ajouter telle quelle.</translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations (did you mean %2?). Press Enter again to add it as typed.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans le répertoire des délégations (vouliez-vous dire %2&#xa0;?). Appuyez de nouveau sur Enter pour l’ajouter telle quelle.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>%1: type a delegation to add</source>
        <translation>%1&#xa0;: tapez une délégation à ajouter</translation>
    </message>
</context>
<context>
    <name>rostrum::EntryDialog</name>
    <message>
        <source>Automatic (from the meeting&apos;s lists)</source>
        <translation>Automatique (d’après les listes de la réunion)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>How many delegations the statement is made for; two or more give the priority of a group statement.</source>
        <translation>Nombre de délégations au nom desquelles la déclaration est faite&#xa0;; deux ou plus donnent la priorité d’une déclaration de groupe.</translation>
    </message>
    <message>
        <source>Empty for a national statement</source>
        <translation>Vide pour une déclaration nationale</translation>
    </message>
    <message>
        <source>M:SS, empty for the category&apos;s limit</source>
        <translation>M:SS, vide pour le temps de parole de la catégorie</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Délégation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Orateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>On &amp;behalf of:</source>
        <translation>&amp;Au nom de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Group size:</source>
        <translation>Taille du &amp;groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Time li&amp;mit:</source>
        <translation>Temps de &amp;parole&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Remarques&#xa0;:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>New inscription</source>
        <translation>Nouvelle inscription</translation>
    </message>
    <message>
        <source>“%1” is not a time limit. Write minutes and seconds, such as 3:00.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un temps de parole. Indiquez des minutes et des secondes, par exemple 3:00.</translation>
    </message>
    <message>
        <source>This inscription is no longer on the list; it was removed meanwhile.</source>
        <translation>Cette inscription ne figure plus sur la liste&#xa0;; elle a été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>rostrum::EntryKind</name>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Motion d’ordre</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Droit de réponse</translation>
    </message>
</context>
<context>
    <name>rostrum::ExportActions</name>
    <message>
        <source>The report is written as PDF or CSV.</source>
        <translation>Le rapport est écrit en PDF ou en CSV.</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf)</source>
        <translation>PDF pour l’impression (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV pour les tableurs (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>Page Web (*.html *.htm)</translation>
    </message>
    <message>
        <source>List of speakers %1.pdf</source>
        <translation>Liste des orateurs %1.pdf</translation>
    </message>
    <message>
        <source>Export the list of speakers</source>
        <translation>Exporter la liste des orateurs</translation>
    </message>
    <message>
        <source>The list of speakers was not exported. %1</source>
        <translation>La liste des orateurs n’a pas été exportée. %1</translation>
    </message>
</context>
<context>
    <name>rostrum::FloorRequestDialog</name>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Délégation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Orateur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>rostrum::ImportDialog</name>
    <message>
        <source>&amp;Skip refused rows and import the others</source>
        <translation>I&amp;gnorer les lignes refusées et importer les autres</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import inscriptions from %1</source>
        <translation>Importer des inscriptions depuis %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Hors délai</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Import inscriptions</source>
        <translation>Importer des inscriptions</translation>
    </message>
    <message>
        <source>Spreadsheet text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Texte de tableur (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>late</source>
        <translation>hors délai</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Ce fichier ne peut pas être importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, %1 of them late.</source>
        <translation>
            <numerusform>%n ligne sera importée, dont %1 hors délai.</numerusform>
            <numerusform>%n lignes seront importées, dont %1 hors délai.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, %1 of them late; %2 refused row(s) will be skipped.</source>
        <translation>
            <numerusform>%n ligne sera importée, dont %1 hors délai&#xa0;; %2 ligne(s) refusée(s) seront ignorées.</numerusform>
            <numerusform>%n lignes seront importées, dont %1 hors délai&#xa0;; %2 ligne(s) refusée(s) seront ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused. Nothing is imported while a row is refused: fix the file, or skip the refused rows to import the other %1.</source>
        <translation>
            <numerusform>%n ligne refusée. Rien n’est importé tant qu’une ligne est refusée&#xa0;: corrigez le fichier, ou ignorez les lignes refusées pour importer les %1 autres.</numerusform>
            <numerusform>%n lignes refusées. Rien n’est importé tant qu’une ligne est refusée&#xa0;: corrigez le fichier, ou ignorez les lignes refusées pour importer les %1 autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of the file, each with what becomes of it</source>
        <translation>Lignes du fichier, avec ce que devient chacune</translation>
    </message>
</context>
<context>
    <name>rostrum::InlineMessage</name>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionColumns</name>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The header has no “delegation” column; it is required.</source>
        <translation>L’en-tête n’a pas de colonne «&#xa0;delegation&#xa0;»&#xa0;; elle est obligatoire.</translation>
    </message>
    <message>
        <source>The header names columns that Rostrum does not import: %1. Rename or delete them; the columns are %2.</source>
        <translation>L’en-tête nomme des colonnes que Rostrum n’importe pas&#xa0;: %1. Renommez-les ou supprimez-les&#xa0;; les colonnes sont %2.</translation>
    </message>
    <message>
        <source>The header names a column twice: %1. Keep one.</source>
        <translation>L’en-tête nomme deux fois une colonne&#xa0;: %1. N’en gardez qu’une.</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header but holds %2 here. Name the column or empty it.</source>
        <translation>La colonne %1 n’a pas de nom dans l’en-tête mais contient ici %2. Nommez la colonne ou videz-la.</translation>
    </message>
    <message>
        <source>%1 is not a category. Use %2.</source>
        <translation>%1 n’est pas une catégorie. Utilisez %2.</translation>
    </message>
    <message>
        <source>%1 is not a level. Use %2.</source>
        <translation>%1 n’est pas un niveau. Utilisez %2.</translation>
    </message>
    <message>
        <source>%1 is not one of the six UN languages. Use %2.</source>
        <translation>%1 n’est pas l’une des six langues officielles de l’ONU. Utilisez %2.</translation>
    </message>
    <message>
        <source>%1 is not a date and time. Write YYYY-MM-DD HH:MM in the meeting&apos;s time zone, or ISO 8601 with an offset (2023-05-23T16:00-04:00).</source>
        <translation>%1 n’est pas une date et une heure. Écrivez YYYY-MM-DD HH:MM dans le fuseau horaire de la réunion, ou ISO 8601 avec un décalage (2023-05-23T16:00-04:00).</translation>
    </message>
    <message>
        <source>%1 is not a time limit. Write minutes and seconds, like 3:00 or 2:30.</source>
        <translation>%1 n’est pas un temps de parole. Indiquez des minutes et des secondes, comme 3:00 ou 2:30.</translation>
    </message>
    <message>
        <source>%1 is not a group size. Write how many delegations the group has, as a whole number.</source>
        <translation>%1 n’est pas une taille de groupe. Indiquez le nombre de délégations du groupe, en nombre entier.</translation>
    </message>
    <message>
        <source>A group size of %1 is given, but on_behalf_of is empty. Name the group the statement is made for.</source>
        <translation>Une taille de groupe de %1 est indiquée, mais on_behalf_of est vide. Nommez le groupe au nom duquel la déclaration est faite.</translation>
    </message>
    <message>
        <source>The statement on behalf of %1 needs a group_size: how many delegations the group has.</source>
        <translation>La déclaration au nom de %1 exige une valeur group_size&#xa0;: le nombre de délégations du groupe.</translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is inscribed twice in this file (also line %2).</source>
        <translation>%1 est inscrit deux fois dans ce fichier (aussi à la ligne %2).</translation>
    </message>
    <message>
        <source>%1 is inscribed twice in this file in its national capacity (also line %2).</source>
        <translation>%1 est inscrit deux fois dans ce fichier à titre national (aussi à la ligne %2).</translation>
    </message>
    <message>
        <source>%1 is inscribed twice in this file on behalf of %2 (also line %3).</source>
        <translation>%1 est inscrit deux fois dans ce fichier au nom de %2 (aussi à la ligne %3).</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row (delegation, speaker, …) and one row per inscription.</source>
        <translation>Le fichier est vide&#xa0;: il lui faut une ligne d’en-tête (delegation, speaker, …) et une ligne par inscription.</translation>
    </message>
    <message>
        <source>The file has a header but no inscriptions.</source>
        <translation>Le fichier a un en-tête mais aucune inscription.</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2 columns. A value that holds the delimiter must be in quotes.</source>
        <translation>Cette ligne a %1 champs mais l’en-tête a %2 colonnes. Une valeur contenant le séparateur doit être entre guillemets.</translation>
    </message>
    <message numerus="yes">
        <source>%n inscription(s) imported from %1</source>
        <translation>
            <numerusform>%n inscription importée depuis %1</numerusform>
            <numerusform>%n inscriptions importées depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No row can be imported; nothing was written.</source>
        <translation>Aucune ligne ne peut être importée&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported.</source>
        <translation>
            <numerusform>%n ligne refusée&#xa0;; rien n’a été importé.</numerusform>
            <numerusform>%n lignes refusées&#xa0;; rien n’a été importé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionLine</name>
    <message>
        <source>Inscribe</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>&amp;Inscribe:</source>
        <translation>&amp;Inscrire&#xa0;:</translation>
    </message>
    <message>
        <source>Delegation, e.g. Latvia (Enter inscribes)</source>
        <translation>Délégation, par exemple Lettonie (Enter inscrit)</translation>
    </message>
    <message>
        <source>Speaker (optional)</source>
        <translation>Orateur (facultatif)</translation>
    </message>
    <message>
        <source>Category: automatic</source>
        <translation>Catégorie&#xa0;: automatique</translation>
    </message>
    <message>
        <source>Leave on automatic for States; choose Briefer or Other for speakers who are not in the directory of delegations.</source>
        <translation>Laissez sur automatique pour les États&#xa0;; choisissez Intervenant(e) ou Autre pour les orateurs qui ne figurent pas dans le répertoire des délégations.</translation>
    </message>
    <message>
        <source>%1 inscribed at no. %2, marked late.</source>
        <translation>%1 inscrit au nº %2, marqué hors délai.</translation>
    </message>
    <message>
        <source>%1 inscribed at no. %2.</source>
        <translation>%1 inscrit au nº %2.</translation>
    </message>
    <message>
        <source>Speaker&apos;s name, optional</source>
        <translation>Nom de l’orateur, facultatif</translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionRules</name>
    <message>
        <source>A delegation is required.</source>
        <translation>Une délégation est requise.</translation>
    </message>
    <message>
        <source>A time limit must be longer than zero.</source>
        <translation>Un temps de parole doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The time limit %1 is longer than 24 hours (%2), the longest a limit can be.</source>
        <translation>Le temps de parole %1 dépasse 24 heures (%2), la durée maximale d’un temps de parole.</translation>
    </message>
    <message>
        <source>“%1” is not one of the six UN languages (ar, zh, en, fr, ru, es).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’une des six langues officielles de l’ONU (ar, zh, en, fr, ru, es).</translation>
    </message>
    <message>
        <source>The group size cannot be negative.</source>
        <translation>La taille du groupe ne peut pas être négative.</translation>
    </message>
    <message>
        <source>A group statement needs the name of the group it is made on behalf of.</source>
        <translation>Une déclaration de groupe exige le nom du groupe au nom duquel elle est faite.</translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans le répertoire des délégations.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>For a briefer, an NGO or another non-State speaker, choose the category briefer or other.</source>
        <translation>Pour un(e) intervenant(e), une ONG ou un autre orateur non étatique, choisissez la catégorie intervenant(e) ou autre.</translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations, so its category cannot be inferred. Choose the category (briefer or other for non-State speakers).</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans le répertoire des délégations&#xa0;; sa catégorie ne peut donc pas être déduite. Choisissez la catégorie (intervenant(e) ou autre pour les orateurs non étatiques).</translation>
    </message>
    <message>
        <source>no. %1 on the list</source>
        <translation>nº %1 sur la liste</translation>
    </message>
    <message>
        <source>%1 is already inscribed (entry #%2, %3). The same speaker cannot be inscribed twice.</source>
        <translation>%1 est déjà inscrit (inscription nº %2, %3). Un même orateur ne peut pas être inscrit deux fois.</translation>
    </message>
    <message>
        <source>%1 is already inscribed in its national capacity (entry #%2, %3). A delegation may speak once nationally and once on behalf of a group.</source>
        <translation>%1 est déjà inscrit à titre national (inscription nº %2, %3). Une délégation peut prendre la parole une fois à titre national et une fois au nom d’un groupe.</translation>
    </message>
    <message>
        <source>%1 is already inscribed on behalf of %2 (entry #%3, %4).</source>
        <translation>%1 est déjà inscrit au nom de %2 (inscription nº %3, %4).</translation>
    </message>
</context>
<context>
    <name>rostrum::JournalModel</name>
    <message>
        <source>↶ undone</source>
        <translation>↶ annulé</translation>
    </message>
    <message>
        <source>Undone since: it no longer applies to the list</source>
        <translation>Annulé depuis&#xa0;: ne s’applique plus à la liste</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>rostrum::JournalWindow</name>
    <message>
        <source>Journal — %1</source>
        <translation>Journal des opérations — %1</translation>
    </message>
    <message>
        <source>Every act on this meeting, newest first, from this console and any other program that writes it. Times are the meeting&apos;s (%1).</source>
        <translation>Chaque opération effectuée sur cette réunion, de la plus récente à la plus ancienne, depuis cette console et tout autre programme qui y écrit. Les heures sont celles de la réunion (%1).</translation>
    </message>
    <message>
        <source>Acts kept in memory, not in the journal until they are saved: %1.</source>
        <translation>Opérations conservées en mémoire, absentes du journal tant qu’elles ne sont pas enregistrées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Journal: every act on the meeting, newest last</source>
        <translation>Journal des opérations&#xa0;: chaque opération effectuée sur la réunion, la plus récente en dernier</translation>
    </message>
</context>
<context>
    <name>rostrum::KeyTable</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>rostrum::KeysDialog</name>
    <message>
        <source>Keys — Rostrum</source>
        <translation>Touches — Rostrum</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Keys of the console</source>
        <translation>Touches de la console</translation>
    </message>
    <message>
        <source>Single keys never act while someone types in a text field.</source>
        <translation>Les touches simples sont sans effet pendant la saisie dans un champ de texte.</translation>
    </message>
</context>
<context>
    <name>rostrum::LanguageChoice</name>
    <message>
        <source>--language “%1” is not a language Rostrum speaks; it speaks %2</source>
        <translation>--language «&#xa0;%1&#xa0;» n’est pas une langue de Rostrum&#xa0;; langues disponibles&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rostrum::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>From its next start the console will follow the system&apos;s language, %1; the windows open now keep their language until then.</source>
        <translation>À son prochain démarrage, la console suivra la langue du système, %1&#xa0;; d’ici là, les fenêtres ouvertes gardent leur langue.</translation>
    </message>
    <message>
        <source>From its next start the console will speak %1; the windows open now keep their language until then.</source>
        <translation>À son prochain démarrage, la console sera en %1&#xa0;; d’ici là, les fenêtres ouvertes gardent leur langue.</translation>
    </message>
</context>
<context>
    <name>rostrum::LimitForAllDialog</name>
    <message>
        <source>Also for speakers &amp;inscribed later</source>
        <translation>Aussi pour les orateurs &amp;inscrits plus tard</translation>
    </message>
    <message>
        <source>Time limit for all remaining speakers</source>
        <translation>Temps de parole de tous les orateurs restants</translation>
    </message>
    <message>
        <source>Time limit for every waiting speaker</source>
        <translation>Temps de parole de chaque orateur en attente</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Limit for the %n waiting speaker(s) (minutes:seconds):</source>
        <translation>
            <numerusform>&amp;Temps de parole de l’orateur en attente (%n) (minutes:secondes)&#xa0;:</numerusform>
            <numerusform>&amp;Temps de parole des %n orateurs en attente (minutes:secondes)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>The limits of the waiting speakers&apos; categories change too</source>
        <translation>Les temps de parole des catégories des orateurs en attente changent aussi</translation>
    </message>
    <message>
        <source>“%1” is not a time limit. Write minutes and seconds, such as 3:00.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un temps de parole. Indiquez des minutes et des secondes, par exemple 3:00.</translation>
    </message>
</context>
<context>
    <name>rostrum::ListExport</name>
    <message>
        <source>%1, on behalf of %2</source>
        <translation>%1, au nom de %2</translation>
    </message>
    <message>
        <source>List of speakers: %1</source>
        <translation>Liste des orateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>Liste des orateurs</translation>
    </message>
    <message>
        <source>Projected times as of %1, assuming that every speaker keeps to the time limit (%2 unless stated otherwise).</source>
        <translation>Heures prévues au %1, en supposant que chaque orateur respecte le temps de parole (%2 sauf indication contraire).</translation>
    </message>
    <message>
        <source>No one is inscribed on the list.</source>
        <translation>Personne n’est inscrit sur la liste.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation>Orateur et titre</translation>
    </message>
    <message>
        <source>Projected time</source>
        <translation>Heure prévue</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>À la tribune</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation>au nom de %1</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>temps de parole %1</translation>
    </message>
    <message>
        <source>Projected end: %1.</source>
        <translation>Fin prévue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>rostrum::ListInvariants</name>
    <message>
        <source>negative accumulated pause</source>
        <translation>pause cumulée négative</translation>
    </message>
    <message>
        <source>started after the newest act</source>
        <translation>commencé après la dernière opération</translation>
    </message>
    <message>
        <source>paused before it started</source>
        <translation>mis en pause avant d’avoir commencé</translation>
    </message>
    <message>
        <source>a pause recorded on a clock that never started</source>
        <translation>une pause enregistrée sur un chronomètre qui n’a jamais démarré</translation>
    </message>
    <message>
        <source>speaking time %1 ms out of range</source>
        <translation>temps de parole de %1 ms hors limites</translation>
    </message>
    <message>
        <source>a negative time limit</source>
        <translation>un temps de parole négatif</translation>
    </message>
    <message>
        <source>keeps a speech clock off the rostrum</source>
        <translation>garde un chronomètre d’intervention hors de la tribune</translation>
    </message>
    <message>
        <source>speaking, but the speech has ended</source>
        <translation>à la tribune, mais l’intervention est terminée</translation>
    </message>
    <message>
        <source>spoke, but the speech never ended</source>
        <translation>est intervenu, mais l’intervention ne s’est jamais terminée</translation>
    </message>
    <message>
        <source>ended before it started</source>
        <translation>terminé avant d’avoir commencé</translation>
    </message>
    <message>
        <source>entry #%1 is filed under #%2</source>
        <translation>l’inscription nº %1 est classée sous le nº %2</translation>
    </message>
    <message>
        <source>%1 speakers at the rostrum at once</source>
        <translation>%1 orateurs à la tribune en même temps</translation>
    </message>
    <message>
        <source>the current speaker disagrees with the statuses</source>
        <translation>l’orateur en cours ne concorde pas avec les statuts</translation>
    </message>
    <message>
        <source> is in the running order</source>
        <translation> figure dans l’ordre de passage</translation>
    </message>
    <message>
        <source> is in the running order twice</source>
        <translation> figure deux fois dans l’ordre de passage</translation>
    </message>
    <message>
        <source> shares its place key with another</source>
        <translation> partage sa clé de place avec une autre</translation>
    </message>
    <message>
        <source>the numbered places disagree with the running order</source>
        <translation>les places numérotées ne concordent pas avec l’ordre de passage</translation>
    </message>
    <message>
        <source>the places do not run from 1 to %1</source>
        <translation>les places ne vont pas de 1 à %1</translation>
    </message>
    <message>
        <source>%1 waiting, but %2 in the running order</source>
        <translation>%1 en attente, mais %2 dans l’ordre de passage</translation>
    </message>
    <message>
        <source>interrupted, but the speech has ended</source>
        <translation>interrompu, mais l’intervention est terminée</translation>
    </message>
    <message>
        <source>interrupted, but its clock runs</source>
        <translation>interrompu, mais son chronomètre tourne</translation>
    </message>
    <message>
        <source>%1 speeches interrupted at once</source>
        <translation>%1 interventions interrompues à la fois</translation>
    </message>
    <message>
        <source>a speech is interrupted, but no point of order has the floor</source>
        <translation>une intervention est interrompue, mais aucune motion d’ordre n’a la parole</translation>
    </message>
</context>
<context>
    <name>rostrum::ListOfSpeakersPdf</name>
    <message>
        <source>on behalf of %1</source>
        <translation>au nom de %1</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>temps de parole %1</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>Liste des orateurs</translation>
    </message>
    <message>
        <source>List of speakers: %1</source>
        <translation>Liste des orateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Projected times as of %1, assuming that every speaker keeps to the time limit (%2 unless stated otherwise).</source>
        <translation>Heures prévues au %1, en supposant que chaque orateur respecte le temps de parole (%2 sauf indication contraire).</translation>
    </message>
    <message>
        <source>No one is inscribed on the list.</source>
        <translation>Personne n’est inscrit sur la liste.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation>Orateur et titre</translation>
    </message>
    <message>
        <source>Projected time</source>
        <translation>Heure prévue</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>À la tribune</translation>
    </message>
    <message>
        <source>Projected end: %1.</source>
        <translation>Fin prévue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>rostrum::MainFileWatch</name>
    <message>
        <source>the meeting file %1 has been overwritten in place and is no longer a meeting (%2); nothing more is written to it</source>
        <translation>le fichier de réunion %1 a été écrasé sur place et n’est plus une réunion (%2)&#xa0;; plus rien n’y est écrit</translation>
    </message>
    <message>
        <source>another meeting file (another meeting, or a backup) has been copied over the meeting file %1; nothing more is written to it</source>
        <translation>un autre fichier de réunion (une autre réunion, ou une sauvegarde) a été copié sur le fichier de réunion %1&#xa0;; plus rien n’y est écrit</translation>
    </message>
    <message>
        <source>an older copy of this meeting has been copied over the meeting file %1; nothing more is written to it</source>
        <translation>une copie plus ancienne de cette réunion a été copiée sur le fichier de réunion %1&#xa0;; plus rien n’y est écrit</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingBar</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>LIST CLOSED</source>
        <translation>LISTE CLOSE</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Il est %1</translation>
    </message>
    <message>
        <source>Elapsed %1 since %2</source>
        <translation>%1 écoulé depuis %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>En attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>⚠ Projected end %1 (%2)</source>
        <translation>⚠ Fin prévue %1 (%2)</translation>
    </message>
    <message>
        <source>Projected end %1 (%2)</source>
        <translation>Fin prévue %1 (%2)</translation>
    </message>
    <message>
        <source>Scheduled %1</source>
        <translation>Horaire prévu %1</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingConsole</name>
    <message>
        <source>Running order (%1)</source>
        <translation>Ordre de passage (%1)</translation>
    </message>
    <message>
        <source>Spoken (%1)</source>
        <translation>Orateurs entendus (%1)</translation>
    </message>
    <message>
        <source>Lists of speakers</source>
        <translation>Listes des orateurs</translation>
    </message>
    <message>
        <source>Speakers heard, beside the running order</source>
        <translation>Orateurs entendus, à côté de l’ordre de passage</translation>
    </message>
    <message>
        <source>Speakers heard</source>
        <translation>Orateurs entendus</translation>
    </message>
    <message>
        <source>Who has spoken, in the order they spoke, with the time each one took.</source>
        <translation>Qui a pris la parole, dans l’ordre des interventions, avec le temps utilisé par chacun.</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Ordre de passage</translation>
    </message>
    <message>
        <source>The speakers still to speak, in the order they will be called. N calls the next; Enter opens the selected speaker; Ctrl+Up and Ctrl+Down move them.</source>
        <translation>Les orateurs qui doivent encore prendre la parole, dans l’ordre où ils seront appelés. N appelle le suivant&#xa0;; Enter ouvre l’orateur sélectionné&#xa0;; Ctrl+Up et Ctrl+Down le déplacent.</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingFileChecks</name>
    <message>
        <source>No meeting file was named: give the path of a .rostrum file.</source>
        <translation>Aucun fichier de réunion n’a été indiqué&#xa0;: donnez le chemin d’un fichier .rostrum.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Il n’y a pas de fichier à l’emplacement %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is the journal of an open meeting, not a meeting file: open the .rostrum file beside it.</source>
        <translation>%1 est le journal d’une réunion ouverte, et non un fichier de réunion&#xa0;: ouvrez le fichier .rostrum qui se trouve à côté.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a Rostrum meeting file.</source>
        <translation>%1 est vide (0 octet)&#xa0;; ce n’est donc pas un fichier de réunion Rostrum.</translation>
    </message>
    <message>
        <source>%1 is not a Rostrum meeting file (it is not an SQLite database).</source>
        <translation>%1 n’est pas un fichier de réunion Rostrum (ce n’est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut short or corrupted (its size does not match its page size). Open a backup copy.</source>
        <translation>%1 est endommagé&#xa0;: il est tronqué ou corrompu (sa taille ne correspond pas à sa taille de page). Ouvrez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Rostrum meeting file.</source>
        <translation>%1 est une base de données SQLite d’une autre application, et non un fichier de réunion Rostrum.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rostrum (file format %2; this version reads up to %3). Open it with a newer Rostrum.</source>
        <translation>%1 a été écrit par une version plus récente de Rostrum (format de fichier %2&#xa0;; cette version lit jusqu’au format %3). Ouvrez-le avec une version plus récente de Rostrum.</translation>
    </message>
    <message>
        <source>%1 is read-only. Rostrum saves every act to the meeting file as it happens, so it needs to write there. Make the file writable, or copy it to a folder you can write to.</source>
        <translation>%1 est en lecture seule. Rostrum enregistre chaque opération dans le fichier de réunion au moment où elle a lieu&#xa0;; il doit donc pouvoir y écrire. Rendez le fichier accessible en écriture, ou copiez-le dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only. Rostrum keeps a journal file next to the meeting while it is open, so it needs to write there. Copy the meeting to a folder you can write to.</source>
        <translation>Le dossier de %1 est en lecture seule. Rostrum conserve un fichier journal à côté de la réunion tant qu’elle est ouverte&#xa0;; il doit donc pouvoir y écrire. Copiez la réunion dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>the disk that holds %1 is full (%2 KiB free). Free some space on it, or copy the meeting to another disk</source>
        <translation>le disque qui contient %1 est plein (%2 Kio libres). Libérez de l’espace sur ce disque, ou copiez la réunion sur un autre disque</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingFileStore</name>
    <message>
        <source>Copied from another meeting file</source>
        <translation>Copié depuis un autre fichier de réunion</translation>
    </message>
    <message>
        <source>A backup needs a file name, such as backup.rostrum.</source>
        <translation>Une sauvegarde exige un nom de fichier, tel que sauvegarde.rostrum.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file; choose another name.</source>
        <translation>%1 existe déjà. Une sauvegarde ne remplace jamais un fichier&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>%1 ne peut pas être créé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2.</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>il est endommagé (%1)</translation>
    </message>
    <message>
        <source>the meeting file %1 has been deleted or moved</source>
        <translation>le fichier de réunion %1 a été supprimé ou déplacé</translation>
    </message>
    <message>
        <source>the meeting file %1 has been replaced by another file</source>
        <translation>le fichier de réunion %1 a été remplacé par un autre fichier</translation>
    </message>
    <message>
        <source>the journal file %1 beside the meeting file has been deleted or replaced; the acts saved so far are safe in the meeting file. Reopen the meeting or save a copy to carry on saving</source>
        <translation>le fichier journal %1 situé à côté du fichier de réunion a été supprimé ou remplacé&#xa0;; les opérations enregistrées jusqu’ici sont en sécurité dans le fichier de réunion. Rouvrez la réunion ou enregistrez-en une copie pour continuer à enregistrer</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no meeting in it (%2).</source>
        <translation>%1 est endommagé&#xa0;: il ne contient aucune réunion (%2).</translation>
    </message>
    <message>
        <source>the meeting tables are missing</source>
        <translation>les tables de la réunion sont manquantes</translation>
    </message>
    <message>
        <source>%1 was not opened: %2. Nothing in it was changed.</source>
        <translation>%1 n’a pas été ouvert&#xa0;: %2. Rien n’y a été modifié.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the journal (WAL) mode could not be switched on: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: le mode journal (WAL) n’a pas pu être activé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>A new meeting file needs a name, such as meeting.rostrum.</source>
        <translation>Un nouveau fichier de réunion exige un nom, tel que reunion.rostrum.</translation>
    </message>
    <message>
        <source>%1 already exists. Rostrum never overwrites a meeting file; choose another name.</source>
        <translation>%1 existe déjà. Rostrum n’écrase jamais un fichier de réunion&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 ne peut pas être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The meeting cannot be read: %1</source>
        <translation>La réunion ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>La liste ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was opened for reading only</source>
        <translation>%1 a été ouvert en lecture seule</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingHeading</name>
    <message>
        <source>United Nations Security Council Arria-formula meeting</source>
        <translation>Réunion du Conseil de sécurité de l’Organisation des Nations Unies organisée selon la formule Arria</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Organized by:</source>
        <translation>Organisée par&#xa0;:</translation>
    </message>
    <message>
        <source>Co-sponsored by:</source>
        <translation>Coauteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Heure&#xa0;:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>United Nations Security Council open debate</source>
        <translation>Débat public du Conseil de sécurité de l’Organisation des Nations Unies</translation>
    </message>
    <message>
        <source>United Nations General Assembly plenary meeting</source>
        <translation>Séance plénière de l’Assemblée générale des Nations Unies</translation>
    </message>
    <message>
        <source>Model United Nations</source>
        <translation>Simulation des Nations Unies</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingPreset</name>
    <message>
        <source>Security Council, Arria-formula</source>
        <translation>Conseil de sécurité, formule Arria</translation>
    </message>
    <message>
        <source>The rules of the list of the seed meeting (25 May 2023): the opening, the briefers, the Council, then co-sponsors and groups, Member States, observers and others; 3 minutes per intervention, as its concept note asked of every speaker.</source>
        <translation>Les règles de la liste de la réunion d’origine (25 mai 2023)&#xa0;: l’ouverture, les intervenant(e)s, le Conseil, puis les coauteurs et les groupes, les États Membres, les observateurs et les autres&#xa0;; 3 minutes par intervention, comme la note de cadrage le demandait à chaque orateur.</translation>
    </message>
    <message>
        <source>Security Council, open debate</source>
        <translation>Conseil de sécurité, débat public</translation>
    </message>
    <message>
        <source>The briefers, then the members of the Council, then the other Member States and observers. The Council&apos;s note on its working methods (S/2017/507) asks for concise statements, and concept notes of open debates commonly ask speakers to keep to four minutes, the default here. Briefers are given 10 minutes, a common allowance rather than a rule: set it to what the concept note says.</source>
        <translation>Les intervenant(e)s, puis les membres du Conseil, puis les autres États Membres et les observateurs. La note du Conseil sur ses méthodes de travail (S/2017/507) demande des déclarations concises, et les notes de cadrage des débats publics demandent couramment aux orateurs de s’en tenir à quatre minutes, la valeur par défaut ici. Les intervenant(e)s disposent de 10 minutes, un usage courant et non une règle&#xa0;: fixez ce temps selon la note de cadrage.</translation>
    </message>
    <message>
        <source>General Assembly plenary</source>
        <translation>Assemblée générale, plénière</translation>
    </message>
    <message>
        <source>Statements on behalf of groups come first, then Member States, then observers, as in the Assembly&apos;s plenary debates. Presidents of the Assembly usually ask 5 minutes of a Member State speaking for itself; statements for a group are given 7 minutes and observers 3, common practice that each President confirms.</source>
        <translation>Les déclarations au nom de groupes d’abord, puis les États Membres, puis les observateurs, comme lors des débats en séance plénière de l’Assemblée. Les présidents de l’Assemblée demandent généralement 5 minutes à un État Membre s’exprimant à titre national&#xa0;; les déclarations de groupe disposent de 7 minutes et les observateurs de 3, une pratique courante que chaque président confirme.</translation>
    </message>
    <message>
        <source>Conference or committee</source>
        <translation>Conférence ou commission</translation>
    </message>
    <message>
        <source>A neutral start for a conference, a committee or a working group: groups first, then States, observers and others, 5 minutes each and 7 for a group. There is no heading to guess: type the body&apos;s name, so that no document says the wrong one.</source>
        <translation>Un point de départ neutre pour une conférence, une commission ou un groupe de travail&#xa0;: les groupes d’abord, puis les États, les observateurs et les autres, 5 minutes chacun et 7 pour un groupe. Aucun en-tête n’est proposé&#xa0;: tapez le nom de l’organe, afin qu’aucun document n’indique un nom erroné.</translation>
    </message>
    <message>
        <source>Model UN committee</source>
        <translation>Commission de simulation des Nations Unies</translation>
    </message>
    <message>
        <source>The speakers&apos; list of a Model UN committee: 1 minute 30 seconds each, the usual default of Model UN rules of procedure (most conferences set 60 to 90 seconds), with the warning 15 seconds before the end; guest speakers 5 minutes. A delegate absent when called loses the place, as the chair moves on.</source>
        <translation>La liste des orateurs d’une commission de simulation des Nations Unies&#xa0;: 1 minute 30 secondes chacun, la valeur habituelle des règlements intérieurs de ces simulations (la plupart des conférences fixent de 60 à 90 secondes), avec l’avertissement 15 secondes avant la fin&#xa0;; orateurs invités&#xa0;: 5 minutes. Un délégué absent à l’appel perd sa place, la présidence passant au suivant.</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingSession</name>
    <message>
        <source>its list breaks the rules of a speakers list: %1</source>
        <translation>sa liste enfreint les règles d’une liste des orateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not done: this meeting is open read only (%1). Save a copy as… to carry on with it.</source>
        <translation>Non effectué&#xa0;: cette réunion est ouverte en lecture seule (%1). Enregistrer une copie sous… permet de la poursuivre.</translation>
    </message>
    <message>
        <source>%1 was opened for reading only</source>
        <translation>%1 a été ouvert en lecture seule</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported.</source>
        <translation>
            <numerusform>%n ligne refusée&#xa0;; rien n’a été importé.</numerusform>
            <numerusform>%n lignes refusées&#xa0;; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row could be imported.</source>
        <translation>Aucune ligne n’a pu être importée.</translation>
    </message>
    <message>
        <source>the meeting file %1 has become read-only</source>
        <translation>le fichier de réunion %1 est passé en lecture seule</translation>
    </message>
    <message>
        <source>the journal file %1 beside the meeting file has become read-only</source>
        <translation>le fichier journal %1 situé à côté du fichier de réunion est passé en lecture seule</translation>
    </message>
    <message>
        <source>Waiting for another program that holds the meeting file: the acts are kept in memory and will be saved as soon as it lets go.</source>
        <translation>En attente d’un autre programme qui bloque le fichier de réunion&#xa0;: les opérations sont conservées en mémoire et seront enregistrées dès qu’il le libérera.</translation>
    </message>
    <message>
        <source>Changes are NOT being saved: %1.</source>
        <translation>Les modifications ne sont PAS enregistrées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message numerus="yes">
        <source>This meeting is also open in another console: %1. Acts from every console are saved, and each shows the others&apos; within a moment.</source>
        <translation>
            <numerusform>Cette réunion est aussi ouverte dans une autre console&#xa0;: %1. Les opérations de chaque console sont enregistrées, et chacune affiche celles des autres en quelques instants.</numerusform>
            <numerusform>Cette réunion est aussi ouverte dans d’autres consoles&#xa0;: %1. Les opérations de chaque console sont enregistrées, et chacune affiche celles des autres en quelques instants.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last act cannot be undone while changes are not being saved.</source>
        <translation>La dernière opération ne peut pas être annulée tant que les modifications ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Redo is unavailable while changes are not being saved.</source>
        <translation>Rétablir n’est pas disponible tant que les modifications ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Another program holds the meeting file; nothing was undone or redone. Try again in a moment (%1).</source>
        <translation>Un autre programme bloque le fichier de réunion&#xa0;; rien n’a été annulé ni rétabli. Réessayez dans un instant (%1).</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Il n’y a rien à annuler.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>Il n’y a rien à rétablir.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not done: %1.</source>
        <translation>Non effectué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The last act cannot be undone until the server says whether it was saved.</source>
        <translation>La dernière opération ne peut pas être annulée tant que le serveur n’a pas indiqué si elle a été enregistrée.</translation>
    </message>
    <message>
        <source>Not done: this meeting is open read only (%1). The meeting&apos;s chair can give you another role.</source>
        <translation>Non effectué&#xa0;: cette réunion est ouverte en lecture seule (%1). La présidence de la réunion peut vous attribuer un autre rôle.</translation>
    </message>
</context>
<context>
    <name>rostrum::NowSpeakingPanel</name>
    <message>
        <source>Limit %1</source>
        <translation>Temps de parole %1</translation>
    </message>
    <message>
        <source>Limit %1 (%2)</source>
        <translation>Temps de parole %1 (%2)</translation>
    </message>
    <message>
        <source>Now speaking</source>
        <translation>À la tribune</translation>
    </message>
    <message>
        <source>Speaking time used</source>
        <translation>Temps de parole utilisé</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation>au nom de %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>speaker name, title</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, paused</source>
        <comment>clock phase</comment>
        <translation>%1, en pause</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 sur %2 — %3</translation>
    </message>
    <message>
        <source>No one at the rostrum — next: %1</source>
        <translation>Personne à la tribune — prochain orateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>No one at the rostrum</source>
        <translation>Personne à la tribune</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind of speech: delegation</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Untimed: the clock counts up</source>
        <translation>Sans limite&#xa0;: le chronomètre compte le temps écoulé</translation>
    </message>
    <message>
        <source>%1 · Interrupted: %2, %3 left</source>
        <translation>%1 · Interrompu&#xa0;: %2, reste %3</translation>
    </message>
</context>
<context>
    <name>rostrum::PagedDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>rostrum::ProcedureRules</name>
    <message>
        <source>The limit of a point of order must be from 0:00 (untimed) to 24 hours.</source>
        <translation>Le temps de parole d’une motion d’ordre doit aller de 0:00 (sans limite) à 24 heures.</translation>
    </message>
    <message>
        <source>A delegation may be allowed from 0 to %1 replies.</source>
        <translation>Une délégation peut disposer de 0 à %1 réponses.</translation>
    </message>
    <message>
        <source>The limits of the first and second reply must be longer than zero.</source>
        <translation>Les temps de parole de la première et de la deuxième réponse doivent être supérieurs à zéro.</translation>
    </message>
    <message>
        <source>The limit of a reply is at most 24 hours.</source>
        <translation>Le temps de parole d’une réponse est d’au plus 24 heures.</translation>
    </message>
    <message>
        <source>The changeover %1 s is out of range: set from 0 to %2 seconds.</source>
        <translation>Le changement d’orateur de %1 s est hors limites&#xa0;: choisissez de 0 à %2 secondes.</translation>
    </message>
</context>
<context>
    <name>rostrum::QuitGuard</name>
    <message>
        <source>Acts not saved</source>
        <translation>Opérations non enregistrées</translation>
    </message>
    <message>
        <source>Acts not saved in the meeting file: %1. They are kept in memory only.</source>
        <translation>Opérations non enregistrées dans le fichier de réunion&#xa0;: %1. Elles ne sont conservées qu’en mémoire.</translation>
    </message>
    <message>
        <source>Save a copy to keep them; quitting now loses them.</source>
        <translation>Enregistrez une copie pour les conserver&#xa0;; si vous quittez maintenant, elles seront perdues.</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>Enregistrer une copie sous…</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Quitter sans enregistrer</translation>
    </message>
</context>
<context>
    <name>rostrum::ReadOnlyMeeting</name>
    <message>
        <source>%1 is on a read-only medium</source>
        <translation>%1 se trouve sur un support en lecture seule</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 est en lecture seule</translation>
    </message>
    <message>
        <source>the folder of %1 is read-only</source>
        <translation>le dossier de %1 est en lecture seule</translation>
    </message>
</context>
<context>
    <name>rostrum::ReportDialog</name>
    <message>
        <source>Report of the meeting</source>
        <translation>Rapport de la réunion</translation>
    </message>
    <message>
        <source>Summary of the meeting</source>
        <translation>Résumé de la réunion</translation>
    </message>
    <message>
        <source>Totals by tier</source>
        <translation>Totaux par catégorie d’orateurs</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Timeline: planned and actual</source>
        <translation>Chronologie&#xa0;: prévu et réel</translation>
    </message>
    <message>
        <source>Export report PDF…</source>
        <translation>Exporter le rapport en PDF…</translation>
    </message>
    <message>
        <source>Export report CSV…</source>
        <translation>Exporter le rapport en CSV…</translation>
    </message>
    <message>
        <source>As of %1; times are local to the meeting (%2).</source>
        <translation>Au %1&#xa0;; les heures sont celles du lieu de la réunion (%2).</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>The report was not exported. %1</source>
        <translation>Le rapport n’a pas été exporté. %1</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Rapport %1</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf)</source>
        <translation>PDF pour l’impression (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV pour les tableurs (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
</context>
<context>
    <name>rostrum::ReportPdf</name>
    <message>
        <source>Scheduled</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Timeline: planned and actual (%1 of %2)</source>
        <translation>Chronologie&#xa0;: prévu et réel (%1 sur %2)</translation>
    </message>
    <message>
        <source>Timeline: planned and actual</source>
        <translation>Chronologie&#xa0;: prévu et réel</translation>
    </message>
    <message>
        <source>Report of the meeting</source>
        <translation>Rapport de la réunion</translation>
    </message>
    <message>
        <source>Report of the meeting: %1</source>
        <translation>Rapport de la réunion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Prepared on %1; times are local to the meeting (%2).</source>
        <translation>Établi le %1&#xa0;; les heures sont celles du lieu de la réunion (%2).</translation>
    </message>
    <message>
        <source>Totals by tier</source>
        <translation>Totaux par catégorie d’orateurs</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Orateurs</translation>
    </message>
    <message>
        <source>In the order they spoke, then those still waiting, then the absent and the withdrawn. Planned: the start each speaker would have had if everyone before them had spoken for exactly their allotted time from the scheduled start.</source>
        <translation>Dans l’ordre où ils ont pris la parole, puis ceux encore en attente, puis les absents et ceux qui se sont retirés. Prévu&#xa0;: l’heure de début qu’aurait eue chaque orateur si chacun des orateurs précédents avait parlé exactement pendant le temps qui lui était imparti à partir de l’heure de début prévue.</translation>
    </message>
</context>
<context>
    <name>rostrum::ReportText</name>
    <message numerus="yes">
        <source>%n spoke</source>
        <translation>
            <numerusform>%n est intervenu</numerusform>
            <numerusform>%n sont intervenus</numerusform>
        </translation>
    </message>
    <message>
        <source>1 speaking now</source>
        <translation>1 à la tribune</translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n absent</numerusform>
            <numerusform>%n absents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n retiré</numerusform>
            <numerusform>%n retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation>
            <numerusform>%n encore en attente</numerusform>
            <numerusform>%n encore en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>Overruns, in all</source>
        <translation>Dépassements, au total</translation>
    </message>
    <message>
        <source>Pauses, in all</source>
        <translation>Pauses, au total</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Orateurs</translation>
    </message>
    <message numerus="yes">
        <source>%n inscribed</source>
        <translation>
            <numerusform>%n inscrit</numerusform>
            <numerusform>%n inscrits</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Catégorie d’orateurs</translation>
    </message>
    <message>
        <source>Inscribed</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Intervenus</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>Imparti</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Average overrun</source>
        <translation>Dépassement moyen</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Tous les orateurs</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début réel</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of order</source>
        <translation>
            <numerusform>%n motion d’ordre</numerusform>
            <numerusform>%n motions d’ordre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n right(s) of reply</source>
        <translation>
            <numerusform>%n droit de réponse</numerusform>
            <numerusform>%n droits de réponse</numerusform>
        </translation>
    </message>
    <message>
        <source>Changeover, on average</source>
        <translation>Changement d’orateur, en moyenne</translation>
    </message>
    <message numerus="yes">
        <source>%n measured</source>
        <translation>
            <numerusform>%n mesuré</numerusform>
            <numerusform>%n mesurés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>status, kind of speech</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>rostrum::RunningOrder</name>
    <message>
        <source>No one is waiting to speak.</source>
        <translation>Personne n’attend pour prendre la parole.</translation>
    </message>
    <message>
        <source>On time: the list ends by %1 at the current limits.</source>
        <translation>Dans les temps&#xa0;: la liste se termine à %1 avec les temps de parole actuels.</translation>
    </message>
    <message numerus="yes">
        <source>Limit %1 for the remaining %n speaker(s) to end at %2.</source>
        <translation>
            <numerusform>Temps de parole de %1 pour l’orateur restant (%n) afin de terminer à %2.</numerusform>
            <numerusform>Temps de parole de %1 pour les %n orateurs restants afin de terminer à %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot end at %1 even at %2 each; at the current limits the last speaker reached is no. %3.</source>
        <translation>Impossible de terminer à %1, même avec %2 chacun&#xa0;; avec les temps de parole actuels, le dernier orateur atteint est le nº %3.</translation>
    </message>
    <message>
        <source>Cannot end at %1 even at %2 each; no waiting speaker finishes before then.</source>
        <translation>Impossible de terminer à %1, même avec %2 chacun&#xa0;; aucun orateur en attente n’aura fini d’ici là.</translation>
    </message>
</context>
<context>
    <name>rostrum::RunningOrderModel</name>
    <message>
        <source>◷ Late</source>
        <translation>◷ Hors délai</translation>
    </message>
    <message>
        <source>⚑ Pinned</source>
        <translation>⚑ Fixé</translation>
    </message>
    <message>
        <source>✗ Absent ×%1</source>
        <translation>✗ Absent ×%1</translation>
    </message>
    <message>
        <source>%1
on behalf of %2</source>
        <translation>%1
au nom de %2</translation>
    </message>
    <message>
        <source>%1, inscribed %2, after the deadline</source>
        <translation>%1, inscrit le %2, après la date limite</translation>
    </message>
    <message>
        <source>%1, inscribed %2</source>
        <translation>%1, inscrit le %2</translation>
    </message>
    <message>
        <source>On behalf of %1 (group of %2)</source>
        <translation>Au nom de %1 (groupe de %2)</translation>
    </message>
    <message>
        <source>Placed by hand: automatic placement leaves them here.</source>
        <translation>Placé manuellement&#xa0;: le placement automatique le laisse ici.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation>Orateur et titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Drag one speaker at a time: %1 are selected.</source>
        <translation>Faites glisser un seul orateur à la fois&#xa0;: %1 sont sélectionnés.</translation>
    </message>
    <message>
        <source>Right of reply %1</source>
        <translation>Droit de réponse %1</translation>
    </message>
</context>
<context>
    <name>rostrum::SaveBanner</name>
    <message>
        <source>Save a copy as…</source>
        <translation>Enregistrer une copie sous…</translation>
    </message>
    <message>
        <source>This meeting is open read only: %1. Save a copy as… to carry on with it.</source>
        <translation>Cette réunion est ouverte en lecture seule&#xa0;: %1. Enregistrer une copie sous… permet de la poursuivre.</translation>
    </message>
    <message>
        <source>Acts kept in memory only: %1.</source>
        <translation>Opérations conservées uniquement en mémoire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 (copy).rostrum</source>
        <translation>%1 (copie).rostrum</translation>
    </message>
    <message>
        <source>Save a copy of the meeting</source>
        <translation>Enregistrer une copie de la réunion</translation>
    </message>
    <message>
        <source>Rostrum meetings (*.rostrum)</source>
        <translation>Réunions Rostrum (*.rostrum)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>La copie n’a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>This meeting is open read only: %1. The meeting&apos;s chair can give you another role.</source>
        <translation>Cette réunion est ouverte en lecture seule&#xa0;: %1. La présidence de la réunion peut vous attribuer un autre rôle.</translation>
    </message>
</context>
<context>
    <name>rostrum::SaveFile</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>autorisation refusée</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a meeting file (or another database), and a document never replaces one. Choose another name for the document.</source>
        <translation>Impossible d’écrire %1&#xa0;: c’est un fichier de réunion (ou une autre base de données), et un document ne le remplace jamais. Choisissez un autre nom pour le document.</translation>
    </message>
    <message>
        <source>Cannot write %1: it belongs to the meeting file %2, and a document never replaces it. Choose another name for the document.</source>
        <translation>Impossible d’écrire %1&#xa0;: il appartient au fichier de réunion %2, et un document ne le remplace jamais. Choisissez un autre nom pour le document.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rostrum::Schema</name>
    <message>
        <source>The file was written by a newer version of Rostrum (file format %1; this version reads up to %2). Open it with a newer Rostrum.</source>
        <translation>Le fichier a été écrit par une version plus récente de Rostrum (format de fichier %1&#xa0;; cette version lit jusqu’au format %2). Ouvrez-le avec une version plus récente de Rostrum.</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>un déclencheur</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>une vue</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>un index</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>une table</translation>
    </message>
    <message>
        <source>its list of tables cannot be read</source>
        <translation>sa liste de tables ne peut pas être lue</translation>
    </message>
    <message>
        <source>%1 named “%2” is not as Rostrum makes it</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas conforme au modèle de Rostrum</translation>
    </message>
    <message>
        <source>it holds %1 named “%2” that Rostrum does not make</source>
        <translation>il contient %1 «&#xa0;%2&#xa0;» que Rostrum ne crée pas</translation>
    </message>
    <message>
        <source>%1 named “%2” is missing</source>
        <translation>il manque %1 «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerConnection</name>
    <message>
        <source>this computer has no PostgreSQL driver for Qt: install libqt6sql6-psql</source>
        <translation>cet ordinateur n’a pas de pilote PostgreSQL pour Qt&#xa0;: installez libqt6sql6-psql</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerCopy</name>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 ne peut pas être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not copied to %2: %3. Nothing was created there.</source>
        <translation>%1 n’a pas été copié vers %2&#xa0;: %3. Rien n’y a été créé.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not copied to %2: %3</source>
        <translation>%1 n’a pas été copié vers %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerDialog</name>
    <message>
        <source>Open from a server</source>
        <translation>Ouvrir à partir d’un serveur</translation>
    </message>
    <message>
        <source>the server&apos;s name or address</source>
        <translation>le nom ou l’adresse du serveur</translation>
    </message>
    <message>
        <source>your PostgreSQL user name</source>
        <translation>votre nom d’utilisateur PostgreSQL</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _</source>
        <translation>lettres minuscules, chiffres et _</translation>
    </message>
    <message>
        <source>(a server not opened before)</source>
        <translation>(un serveur jamais ouvert auparavant)</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>Serveurs &amp;récents&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>Réu&amp;nion&#xa0;:</translation>
    </message>
    <message>
        <source>The password is never asked for here, nor kept: Rostrum takes it from PGPASSWORD or ~/.pgpass, or asks when the server wants one.</source>
        <translation>Le mot de passe n’est jamais demandé ici, ni conservé&#xa0;: Rostrum le prend dans PGPASSWORD ou ~/.pgpass, ou le demande lorsque le serveur en exige un.</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerError</name>
    <message>
        <source>your role on this meeting may not do this (%1)</source>
        <translation>votre rôle dans cette réunion ne permet pas de faire cela (%1)</translation>
    </message>
    <message>
        <source>another console is holding the meeting locked (%1)</source>
        <translation>une autre console verrouille la réunion (%1)</translation>
    </message>
    <message>
        <source>the meeting was opened for reading only (%1)</source>
        <translation>la réunion a été ouverte en lecture seule (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full (%1)</source>
        <translation>le disque du serveur est plein (%1)</translation>
    </message>
    <message>
        <source>the connection to the server was lost (%1)</source>
        <translation>la connexion au serveur a été perdue (%1)</translation>
    </message>
    <message>
        <source>the server refused the user name or password (%1)</source>
        <translation>le serveur a refusé le nom d’utilisateur ou le mot de passe (%1)</translation>
    </message>
    <message>
        <source>the server asks for a password: give it in PGPASSWORD or ~/.pgpass</source>
        <translation>le serveur demande un mot de passe&#xa0;: indiquez-le dans PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <source>the server refused the connection (%1)</source>
        <translation>le serveur a refusé la connexion (%1)</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>le serveur est injoignable (%1)</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerLocation</name>
    <message>
        <source>%1 is not a server location: write postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME</source>
        <translation>%1 n’est pas une adresse de serveur&#xa0;: écrivez postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME</translation>
    </message>
    <message>
        <source>The server location must not hold a password, which anyone on this computer could read: give it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>L’adresse du serveur ne doit pas contenir de mot de passe, que n’importe qui sur cet ordinateur pourrait lire&#xa0;: indiquez-le plutôt dans PGPASSWORD ou ~/.pgpass.</translation>
    </message>
    <message>
        <source>%1 names no server: write the host after postgresql://</source>
        <translation>%1 n’indique aucun serveur&#xa0;: écrivez l’hôte après postgresql://</translation>
    </message>
    <message>
        <source>%1 has no valid port (1 to 65535)</source>
        <translation>%1 n’a pas de port valide (de 1 à 65535)</translation>
    </message>
    <message>
        <source>%1 names no database: write it after the host, as in postgresql://HOST/DATABASE</source>
        <translation>%1 n’indique aucune base de données&#xa0;: écrivez-la après l’hôte, comme dans postgresql://HOST/DATABASE</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2</source>
        <translation>sslmode=%1 ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>%1 is not an option of a server location (meeting, sslmode)</source>
        <translation>%1 n’est pas une option d’adresse de serveur (meeting, sslmode)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a meeting: use lower-case letters, digits and _, at most 40</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas servir de nom de réunion&#xa0;: utilisez des lettres minuscules, des chiffres et _, 40 au plus</translation>
    </message>
    <message>
        <source>%1 names no meeting: add ?meeting=NAME</source>
        <translation>%1 n’indique aucune réunion&#xa0;: ajoutez ?meeting=NAME</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerSchema</name>
    <message>
        <source>a meeting named %1 already exists there</source>
        <translation>une réunion nommée %1 y existe déjà</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerStore</name>
    <message>
        <source>the connection to the server %1 was lost</source>
        <translation>la connexion au serveur %1 a été perdue</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the database %2 has no meeting named %3</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: la base de données %2 ne contient aucune réunion nommée %3</translation>
    </message>
    <message>
        <source>%1 was made by a newer Rostrum (format %2; this one knows up to %3): update Rostrum to open it</source>
        <translation>%1 a été créé par une version plus récente de Rostrum (format %2&#xa0;; cette version connaît jusqu’au format %3)&#xa0;: mettez Rostrum à jour pour l’ouvrir</translation>
    </message>
    <message>
        <source>%1: the user %2 has no role in this meeting; its chair gives one with rostrum-cli grant</source>
        <translation>%1&#xa0;: l’utilisateur %2 n’a aucun rôle dans cette réunion&#xa0;; la présidence de la réunion lui en attribue un avec rostrum-cli grant</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the server does not announce changes (%2)</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: le serveur ne signale pas les modifications (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 ne peut pas être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The meeting cannot be read: %1</source>
        <translation>La réunion ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>La liste ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>the user %1 is a viewer of this meeting and may not change it</source>
        <translation>l’utilisateur %1 a le rôle de lecteur dans cette réunion et ne peut pas la modifier</translation>
    </message>
    <message>
        <source>%1 was opened for reading only</source>
        <translation>%1 a été ouvert en lecture seule</translation>
    </message>
</context>
<context>
    <name>rostrum::SettingsDialog</name>
    <message>
        <source>Meeting settings</source>
        <translation>Paramètres de la réunion</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>&amp;Delegations</source>
        <translation>&amp;Délégations</translation>
    </message>
    <message>
        <source>Time and &amp;order</source>
        <translation>Tem&amp;ps et ordre</translation>
    </message>
    <message>
        <source>Choose one to fill the heading, the order and the limits</source>
        <translation>Choisissez-en un pour remplir l’en-tête, l’ordre et les temps de parole</translation>
    </message>
    <message>
        <source>The line above the title of every document; empty: none</source>
        <translation>La ligne au-dessus du titre de chaque document&#xa0;; vide&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Inscriptions after this are marked late:</source>
        <translation>Les inscriptions postérieures sont marquées hors délai&#xa0;:</translation>
    </message>
    <message>
        <source>Which one?</source>
        <translation>Lequel&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Kind of meeting:</source>
        <translation>&amp;Type de réunion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>Document &amp;heading:</source>
        <translation>&amp;En-tête des documents&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>Date li&amp;mite&#xa0;:</translation>
    </message>
    <message>
        <source>Type a few letters and choose from the directory. These lists decide the category inferred for a new inscription.</source>
        <translation>Tapez quelques lettres et choisissez dans le répertoire. Ces listes déterminent la catégorie déduite pour une nouvelle inscription.</translation>
    </message>
    <message>
        <source>&amp;Co-sponsors:</source>
        <translation>&amp;Coauteurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Briefers, inscribed when the meeting is made</source>
        <translation>&amp;Intervenant(e)s, inscrit(e)s à la création de la réunion</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone has no IANA name (it is a rule such as TZ=UTC+3). Choose the meeting&apos;s time zone, such as Europe/Zurich or America/New_York.</source>
        <translation>Le fuseau horaire de cet ordinateur n’a pas de nom IANA (c’est une règle telle que TZ=UTC+3). Choisissez le fuseau horaire de la réunion, tel que Europe/Zurich ou America/New_York.</translation>
    </message>
    <message>
        <source>Deadline: %1.</source>
        <translation>Date limite&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Choose the meeting&apos;s time zone, such as Europe/Zurich or America/New_York.</source>
        <translation>Choisissez le fuseau horaire de la réunion, tel que Europe/Zurich ou America/New_York.</translation>
    </message>
    <message>
        <source>Default time &amp;limit:</source>
        <translation>&amp;Temps de parole par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Warning before the end:</source>
        <translation>&amp;Avertissement avant la fin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Absent when called:</source>
        <translation>Abs&amp;ent à l’appel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tier order:</source>
        <translation>&amp;Ordre des catégories d’orateurs&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is not a time limit for %2. Write minutes and seconds, such as 3:00.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un temps de parole pour %2. Indiquez des minutes et des secondes, par exemple 3:00.</translation>
    </message>
    <message>
        <source>every category</source>
        <translation>toutes les catégories</translation>
    </message>
    <message>
        <source>Pages of the meeting&apos;s settings</source>
        <translation>Pages des paramètres de la réunion</translation>
    </message>
    <message>
        <source>Deadline for inscriptions</source>
        <translation>Date limite des inscriptions</translation>
    </message>
    <message>
        <source>Which of the two moments of the deadline, in an hour the clocks repeat</source>
        <translation>Lequel des deux moments de la date limite, dans une heure que le changement d’heure répète</translation>
    </message>
    <message>
        <source>O&amp;rganizers:</source>
        <translation>&amp;Organisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>Organisateurs</translation>
    </message>
    <message>
        <source>Co-sponsors</source>
        <translation>Coauteurs</translation>
    </message>
    <message>
        <source>Cou&amp;ncil members:</source>
        <translation>&amp;Membres du Conseil&#xa0;:</translation>
    </message>
    <message>
        <source>Council members</source>
        <translation>Membres du Conseil</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>Paro&amp;le</translation>
    </message>
    <message>
        <source>0:00 leaves a point of order untimed: its clock counts up</source>
        <translation>0:00 laisse une motion d’ordre sans limite&#xa0;: son chronomètre compte le temps écoulé</translation>
    </message>
    <message>
        <source>&amp;Point of order, limit:</source>
        <translation>&amp;Motion d’ordre, temps de parole&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rights of reply per delegation:</source>
        <translation>Droits de réponse par délé&amp;gation&#xa0;:</translation>
    </message>
    <message>
        <source>First reply, &amp;limit:</source>
        <translation>Première réponse, &amp;temps de parole&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Second and later replies, limit:</source>
        <translation>Deu&amp;xième réponse et suivantes, temps de parole&#xa0;:</translation>
    </message>
    <message>
        <source>The time from one speaker&apos;s end to the next one&apos;s start, in every projected time; the report measures it</source>
        <translation>Le temps entre la fin d’un orateur et le début du suivant, dans chaque heure prévue&#xa0;; le rapport le mesure</translation>
    </message>
    <message>
        <source>&amp;Changeover between speakers:</source>
        <translation>&amp;Changement d’orateur&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hime at the warning and at zero</source>
        <translation>Car&amp;illon à l’avertissement et à zéro</translation>
    </message>
    <message>
        <source>a point of order</source>
        <translation>une motion d’ordre</translation>
    </message>
    <message>
        <source>the first reply</source>
        <translation>la première réponse</translation>
    </message>
    <message>
        <source>the second reply</source>
        <translation>la deuxième réponse</translation>
    </message>
</context>
<context>
    <name>rostrum::ShareDialog</name>
    <message>
        <source>Share on the network</source>
        <translation>Partager sur le réseau</translation>
    </message>
    <message>
        <source>The timer, the room&apos;s screens, the interpreters&apos; booths and the delegates&apos; phones open the meeting from these links; the timekeeper, staff and chair links also act on it. Each link carries its role&apos;s key: give it only to whom it is for.</source>
        <translation>Le chronomètre, les écrans de la salle, les cabines des interprètes et les téléphones des délégués ouvrent la réunion à partir de ces liens&#xa0;; les liens du chronométreur, du secrétariat et de la présidence permettent aussi d’agir sur elle. Chaque lien porte la clé de son rôle&#xa0;: ne le donnez qu’à son destinataire.</translation>
    </message>
    <message>
        <source>Serve on:</source>
        <translation>Partager sur&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>The views open without a key (the acts still need one)</source>
        <translation>Les vues s’ouvrent sans clé (les opérations en exigent toujours une)</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>Démarrer le partage</translation>
    </message>
    <message>
        <source>Revoke links</source>
        <translation>Révoquer les liens</translation>
    </message>
    <message>
        <source>New keys for every role: every link given out so far stops working, and its pages are closed.</source>
        <translation>Nouvelles clés pour chaque rôle&#xa0;: tous les liens distribués jusqu’ici cessent de fonctionner, et leurs pages sont fermées.</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Cet ordinateur seulement (127.0.0.1)</translation>
    </message>
    <message>
        <source>The network of %1</source>
        <translation>Le réseau de %1</translation>
    </message>
    <message>
        <source>Every network of this computer (0.0.0.0)</source>
        <translation>Tous les réseaux de cet ordinateur (0.0.0.0)</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <source>Not shared: nothing is served.</source>
        <translation>Non partagé&#xa0;: rien n’est servi.</translation>
    </message>
    <message>
        <source>Shared on %1.</source>
        <translation>Partagé à l’adresse %1.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>QR code of the %1 link</source>
        <translation>Code QR du lien %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>role: pages open</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Pages open now — %1</source>
        <translation>Pages ouvertes en ce moment — %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>rostrum::SpeakersList</name>
    <message>
        <source>The clock is already running.</source>
        <translation>Le chronomètre est déjà en marche.</translation>
    </message>
    <message>
        <source>Clock started for %1</source>
        <translation>Chronomètre démarré pour %1</translation>
    </message>
    <message>
        <source>No one is waiting to speak.</source>
        <translation>Personne n’attend pour prendre la parole.</translation>
    </message>
    <message>
        <source>%1 called</source>
        <translation>%1 appelé</translation>
    </message>
    <message>
        <source>The clock is not running.</source>
        <translation>Le chronomètre n’est pas en marche.</translation>
    </message>
    <message>
        <source>Clock paused for %1</source>
        <translation>Chronomètre en pause pour %1</translation>
    </message>
    <message>
        <source>%1 finished; the list is exhausted</source>
        <translation>%1 a terminé&#xa0;; la liste est épuisée</translation>
    </message>
    <message>
        <source>No one has been called.</source>
        <translation>Personne n’a été appelé.</translation>
    </message>
    <message>
        <source>%1 has started speaking; use Next.</source>
        <translation>%1 a commencé à parler&#xa0;; utilisez Suivant.</translation>
    </message>
    <message>
        <source>taken off the list</source>
        <translation>rayé de la liste</translation>
    </message>
    <message>
        <source>moved to the end of the %1 tier</source>
        <translation>placé à la fin de la catégorie d’orateurs «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>moved to the end of the list</source>
        <translation>placé à la fin de la liste</translation>
    </message>
    <message>
        <source>%1 absent: %2</source>
        <translation>%1 absent&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1; %2 called</source>
        <translation>%1&#xa0;; %2 appelé</translation>
    </message>
    <message>
        <source>No one is speaking.</source>
        <translation>Personne n’a la parole.</translation>
    </message>
    <message>
        <source>No time to add.</source>
        <translation>Aucun temps à ajouter.</translation>
    </message>
    <message>
        <source>Adding %1 would give %2 more than 24 hours (%3) in all; at most %4 can be added.</source>
        <translation>Ajouter %1 donnerait à %2 plus de 24 heures (%3) au total&#xa0;; %4 au plus peuvent être ajoutés.</translation>
    </message>
    <message>
        <source>No time left to remove.</source>
        <translation>Il ne reste aucun temps à retirer.</translation>
    </message>
    <message>
        <source>%1 added for %2</source>
        <translation>%1 ajouté pour %2</translation>
    </message>
    <message>
        <source>%1 removed for %2</source>
        <translation>%1 retiré pour %2</translation>
    </message>
    <message>
        <source>Clock reset for %1</source>
        <translation>Chronomètre réinitialisé pour %1</translation>
    </message>
    <message>
        <source>The clock is already at the full limit.</source>
        <translation>Le chronomètre est déjà au temps de parole complet.</translation>
    </message>
    <message>
        <source>There is no entry #%1.</source>
        <translation>Il n’y a pas d’inscription nº %1.</translation>
    </message>
    <message>
        <source>A time limit must be longer than zero.</source>
        <translation>Un temps de parole doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The time limit %1 for %2 is longer than 24 hours (%3), the longest a limit can be.</source>
        <translation>Le temps de parole %1 de %2 dépasse 24 heures (%3), la durée maximale d’un temps de parole.</translation>
    </message>
    <message>
        <source>With the %1 already added, a limit of %2 would give %3 more than 24 hours (%4) in all.</source>
        <translation>Avec les %1 déjà ajoutés, un temps de parole de %2 donnerait à %3 plus de 24 heures (%4) au total.</translation>
    </message>
    <message>
        <source>%1 has already spoken.</source>
        <translation>%1 a déjà pris la parole.</translation>
    </message>
    <message>
        <source>Limit %1 for %2</source>
        <translation>Temps de parole de %1 pour %2</translation>
    </message>
    <message>
        <source>%1 already has a limit of %2.</source>
        <translation>%1 a déjà un temps de parole de %2.</translation>
    </message>
    <message>
        <source>A time limit of %1 for every remaining speaker is longer than 24 hours (%2), the longest a limit can be.</source>
        <translation>Un temps de parole de %1 pour chaque orateur restant dépasse 24 heures (%2), la durée maximale d’un temps de parole.</translation>
    </message>
    <message>
        <source>Limit %1 for all remaining speakers</source>
        <translation>Temps de parole de %1 pour tous les orateurs restants</translation>
    </message>
    <message>
        <source>Every remaining speaker already has a limit of %1.</source>
        <translation>Chaque orateur restant a déjà un temps de parole de %1.</translation>
    </message>
    <message>
        <source>%1 is waiting</source>
        <translation>%1 est en attente</translation>
    </message>
    <message>
        <source>%1 is speaking</source>
        <translation>%1 a la parole</translation>
    </message>
    <message>
        <source>%1 has spoken</source>
        <translation>%1 a pris la parole</translation>
    </message>
    <message>
        <source>%1 was absent and is off the list</source>
        <translation>%1 était absent et a été rayé de la liste</translation>
    </message>
    <message>
        <source>%1 has withdrawn</source>
        <translation>%1 s’est retiré</translation>
    </message>
    <message>
        <source>The list of speakers is closed. Reopen it to inscribe %1.</source>
        <translation>La liste des orateurs est close. Rouvrez-la pour inscrire %1.</translation>
    </message>
    <message>
        <source>%1 inscribed (late)</source>
        <translation>%1 inscrit (hors délai)</translation>
    </message>
    <message>
        <source>%1 inscribed</source>
        <translation>%1 inscrit</translation>
    </message>
    <message>
        <source>%1 edited</source>
        <translation>%1 modifié</translation>
    </message>
    <message>
        <source>Nothing to change for %1.</source>
        <translation>Rien à modifier pour %1.</translation>
    </message>
    <message>
        <source>%1 is speaking. Call the next speaker before removing this entry.</source>
        <translation>%1 a la parole. Appelez l’orateur suivant avant de supprimer cette inscription.</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>Only a waiting speaker can withdraw; %1.</source>
        <translation>Seul un orateur en attente peut se retirer&#xa0;; %1.</translation>
    </message>
    <message>
        <source>%1 withdrew</source>
        <translation>%1 s’est retiré</translation>
    </message>
    <message>
        <source>Only waiting speakers can be moved; %1.</source>
        <translation>Seuls les orateurs en attente peuvent être déplacés&#xa0;; %1.</translation>
    </message>
    <message>
        <source>There is no position %1 for %2: %2 is the only waiting speaker, at position 1.</source>
        <translation>Il n’y a pas de position %1 pour %2&#xa0;: %2 est le seul orateur en attente, en position 1.</translation>
    </message>
    <message numerus="yes">
        <source>There is no position %1 for %2: there are %n waiting speakers: choose a position from 1 to %n.</source>
        <translation>
            <numerusform>Il n’y a pas de position %1 pour %2&#xa0;: il y a %n orateur en attente&#xa0;: choisissez une position de 1 à %n.</numerusform>
            <numerusform>Il n’y a pas de position %1 pour %2&#xa0;: il y a %n orateurs en attente&#xa0;: choisissez une position de 1 à %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already at position %2.</source>
        <translation>%1 est déjà en position %2.</translation>
    </message>
    <message>
        <source>%1 moved to position %2</source>
        <translation>%1 placé en position %2</translation>
    </message>
    <message>
        <source>Choose two different speakers to exchange places.</source>
        <translation>Choisissez deux orateurs différents pour échanger leurs places.</translation>
    </message>
    <message>
        <source>Only waiting speakers can exchange places.</source>
        <translation>Seuls des orateurs en attente peuvent échanger leurs places.</translation>
    </message>
    <message>
        <source>%1 exchanged places with %2</source>
        <translation>%1 a échangé sa place avec %2</translation>
    </message>
    <message>
        <source>Only a waiting speaker placed by hand can be released.</source>
        <translation>Seul un orateur en attente placé manuellement peut être libéré.</translation>
    </message>
    <message>
        <source>%1 returned to the automatic order</source>
        <translation>%1 a retrouvé l’ordre automatique</translation>
    </message>
    <message>
        <source>The list is already closed.</source>
        <translation>La liste est déjà close.</translation>
    </message>
    <message>
        <source>The list is already open.</source>
        <translation>La liste est déjà ouverte.</translation>
    </message>
    <message>
        <source>List of speakers closed</source>
        <translation>Liste des orateurs close</translation>
    </message>
    <message>
        <source>List of speakers reopened</source>
        <translation>Liste des orateurs rouverte</translation>
    </message>
    <message>
        <source>The meeting needs a title.</source>
        <translation>La réunion doit avoir un titre.</translation>
    </message>
    <message>
        <source>The meeting needs a valid date.</source>
        <translation>La réunion doit avoir une date valide.</translation>
    </message>
    <message>
        <source>The meeting needs a start and an end time that differ.</source>
        <translation>La réunion doit avoir une heure de début et une heure de fin différentes.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire connu.</translation>
    </message>
    <message>
        <source>“%1” is a POSIX rule, not the name of a time zone; use an IANA id such as Europe/Zurich or America/New_York.</source>
        <translation>«&#xa0;%1&#xa0;» est une règle POSIX, et non le nom d’un fuseau horaire&#xa0;; utilisez un identifiant IANA tel que Europe/Zurich ou America/New_York.</translation>
    </message>
    <message>
        <source>Time limits must be longer than zero.</source>
        <translation>Les temps de parole doivent être supérieurs à zéro.</translation>
    </message>
    <message>
        <source>The meeting&apos;s time limit %1 is longer than 24 hours (%2), the longest a limit can be.</source>
        <translation>Le temps de parole %1 de la réunion dépasse 24 heures (%2), la durée maximale d’un temps de parole.</translation>
    </message>
    <message>
        <source>The time limit %1 for the category %2 is longer than 24 hours (%3), the longest a limit can be.</source>
        <translation>Le temps de parole %1 de la catégorie %2 dépasse 24 heures (%3), la durée maximale d’un temps de parole.</translation>
    </message>
    <message>
        <source>Meeting settings changed</source>
        <translation>Paramètres de la réunion modifiés</translation>
    </message>
    <message>
        <source>The settings are unchanged.</source>
        <translation>Les paramètres sont inchangés.</translation>
    </message>
    <message>
        <source>Refused: %1 and %2 would both be at the rostrum; one speaker speaks at a time.</source>
        <translation>Refusé&#xa0;: %1 et %2 seraient tous deux à la tribune&#xa0;; un seul orateur parle à la fois.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Limit %1 for all remaining speakers and later inscriptions</source>
        <translation>Temps de parole de %1 pour tous les orateurs restants et les inscriptions ultérieures</translation>
    </message>
    <message>
        <source>Point of order by %1 closed; the floor returns to %2</source>
        <translation>Motion d’ordre de %1 close&#xa0;; la parole revient à %2</translation>
    </message>
    <message>
        <source>The point of order by %1 is untimed; its clock counts up.</source>
        <translation>La motion d’ordre de %1 est sans limite&#xa0;; son chronomètre compte le temps écoulé.</translation>
    </message>
    <message>
        <source>%1 was interrupted by a point of order</source>
        <translation>%1 a été interrompu par une motion d’ordre</translation>
    </message>
    <message>
        <source>%1 was interrupted by a point of order and gets the floor back when it closes; close it with Next first.</source>
        <translation>%1 a été interrompu par une motion d’ordre et retrouve la parole quand elle est close&#xa0;; clôturez-la d’abord avec «&#xa0;Suivant&#xa0;».</translation>
    </message>
    <message>
        <source>A point of order by %1 is before the chair; close it with Next before another is raised.</source>
        <translation>Une motion d’ordre de %1 est devant la présidence&#xa0;; clôturez-la avec «&#xa0;Suivant&#xa0;» avant d’en soulever une autre.</translation>
    </message>
    <message>
        <source>Point of order: %1</source>
        <translation>Motion d’ordre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Point of order: %1, interrupting %2</source>
        <translation>Motion d’ordre&#xa0;: %1, qui interrompt %2</translation>
    </message>
    <message>
        <source>This meeting allows no right of reply (%1 asked).</source>
        <translation>Cette réunion n’accorde aucun droit de réponse (demandé par %1).</translation>
    </message>
    <message>
        <source>reply %1 (entry #%2, %3)</source>
        <translation>réponse %1 (inscription nº %2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has the %n right(s) of reply this meeting allows: %2.</source>
        <translation>
            <numerusform>%1 a déjà le droit de réponse que cette réunion accorde (%n)&#xa0;: %2.</numerusform>
            <numerusform>%1 a déjà les %n droits de réponse que cette réunion accorde&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>%1: first right of reply inscribed</source>
        <translation>%1&#xa0;: premier droit de réponse inscrit</translation>
    </message>
    <message>
        <source>%1: right of reply no. %2 inscribed</source>
        <translation>%1&#xa0;: droit de réponse nº %2 inscrit</translation>
    </message>
    <message>
        <source>The changeover is already %1 s.</source>
        <translation>Le changement d’orateur est déjà de %1 s.</translation>
    </message>
    <message>
        <source>No changeover between speakers</source>
        <translation>Aucun temps de changement d’orateur</translation>
    </message>
    <message>
        <source>Changeover %1 s between speakers</source>
        <translation>Changement d’orateur de %1 s</translation>
    </message>
    <message>
        <source>There is no message to clear.</source>
        <translation>Il n’y a aucun message à effacer.</translation>
    </message>
    <message>
        <source>“%1” is already the message to the speaker.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà le message à l’orateur.</translation>
    </message>
    <message>
        <source>Message to the speaker cleared</source>
        <translation>Message à l’orateur effacé</translation>
    </message>
    <message>
        <source>Message to the speaker: “%1”</source>
        <translation>Message à l’orateur&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>rostrum::SpeechClock</name>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Time up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>rostrum::SpokenModel</name>
    <message>
        <source>%1
on behalf of %2</source>
        <translation>%1
au nom de %2</translation>
    </message>
    <message>
        <source>not timed</source>
        <translation>non chronométré</translation>
    </message>
    <message>
        <source>%1 spoke %2 over the limit of %3</source>
        <translation>%1 a parlé %2 au-delà du temps de parole de %3</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation>Orateur et titre</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début réel</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Spoke for</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Dépassement</translation>
    </message>
</context>
<context>
    <name>rostrum::SpokenReading</name>
    <message>
        <source>%1 allowed, not started</source>
        <translation>temps accordé&#xa0;: %1, non démarré</translation>
    </message>
    <message>
        <source>%1 left, running</source>
        <translation>il reste %1, en cours</translation>
    </message>
    <message>
        <source>%1 left, paused</source>
        <translation>il reste %1, suspendu</translation>
    </message>
    <message>
        <source>%1 left, paused, in the warning time</source>
        <translation>il reste %1, suspendu, temps d’avertissement</translation>
    </message>
    <message>
        <source>%1 left, running, in the warning time</source>
        <translation>il reste %1, en cours, temps d’avertissement</translation>
    </message>
    <message>
        <source>time is up, paused</source>
        <translation>temps écoulé, suspendu</translation>
    </message>
    <message>
        <source>time is up</source>
        <translation>temps écoulé</translation>
    </message>
    <message>
        <source>%1 over the limit, paused</source>
        <translation>dépassement de %1, suspendu</translation>
    </message>
    <message>
        <source>%1 over the limit, running</source>
        <translation>dépassement de %1, en cours</translation>
    </message>
    <message>
        <source>finished after %1</source>
        <translation>terminé après %1</translation>
    </message>
</context>
<context>
    <name>rostrum::SqliteError</name>
    <message>
        <source>the disk is full (%1)</source>
        <translation>le disque est plein (%1)</translation>
    </message>
    <message>
        <source>the file or its folder is read-only (%1)</source>
        <translation>le fichier ou son dossier est en lecture seule (%1)</translation>
    </message>
    <message>
        <source>another program is holding the meeting file locked (%1)</source>
        <translation>un autre programme verrouille le fichier de réunion (%1)</translation>
    </message>
    <message>
        <source>the file could not be written or read: it may have been moved, deleted or the disk removed (%1)</source>
        <translation>le fichier n’a pas pu être écrit ni lu&#xa0;: il a peut-être été déplacé ou supprimé, ou le disque a été retiré (%1)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>le fichier est endommagé (%1)</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation>le fichier ne peut pas être ouvert (%1)</translation>
    </message>
</context>
<context>
    <name>rostrum::StartPage</name>
    <message>
        <source>Start page</source>
        <translation>Page d’accueil</translation>
    </message>
    <message>
        <source>Rostrum</source>
        <translation>Rostrum</translation>
    </message>
    <message>
        <source>The chair&apos;s console for speakers lists and speaking time.</source>
        <translation>La console de la présidence pour les listes des orateurs et le temps de parole.</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <source>A new meeting file: its title, schedule, deadline and rules (%1)</source>
        <translation>Un nouveau fichier de réunion&#xa0;: son titre, son horaire, sa date limite et ses règles (%1)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>A meeting file (.rostrum) from this computer or a shared folder (%1)</source>
        <translation>Un fichier de réunion (.rostrum) de cet ordinateur ou d’un dossier partagé (%1)</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>A Security Council meeting with 45 speakers inscribed, held today and starting within minutes</source>
        <translation>Une réunion du Conseil de sécurité avec 45 orateurs inscrits, tenue aujourd’hui et commençant dans quelques minutes</translation>
    </message>
    <message>
        <source>Recent meetings</source>
        <translation>Réunions récentes</translation>
    </message>
    <message>
        <source>Not found in %1</source>
        <translation>Introuvable dans %1</translation>
    </message>
    <message>
        <source>None yet: the meetings you open will be listed here.</source>
        <translation>Aucune pour l’instant&#xa0;: les réunions que vous ouvrirez figureront ici.</translation>
    </message>
</context>
<context>
    <name>rostrum::StatementLanguage</name>
    <message>
        <source>Statement in Arabic</source>
        <translation>Déclaration en arabe</translation>
    </message>
    <message>
        <source>Statement in Chinese</source>
        <translation>Déclaration en chinois</translation>
    </message>
    <message>
        <source>Statement in English</source>
        <translation>Déclaration en anglais</translation>
    </message>
    <message>
        <source>Statement in French</source>
        <translation>Déclaration en français</translation>
    </message>
    <message>
        <source>Statement in Russian</source>
        <translation>Déclaration en russe</translation>
    </message>
    <message>
        <source>Statement in Spanish</source>
        <translation>Déclaration en espagnol</translation>
    </message>
    <message>
        <source>Statement in the language “%1”</source>
        <translation>Déclaration dans la langue «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>rostrum::TextRules</name>
    <message>
        <source>The delegation</source>
        <translation>La délégation</translation>
    </message>
    <message>
        <source>The speaker&apos;s name</source>
        <translation>Le nom de l’orateur</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>The group (on behalf of)</source>
        <translation>Le groupe (au nom de)</translation>
    </message>
    <message>
        <source>The meeting&apos;s title</source>
        <translation>Le titre de la réunion</translation>
    </message>
    <message>
        <source>The heading of the meeting&apos;s documents</source>
        <translation>L’en-tête des documents de la réunion</translation>
    </message>
    <message>
        <source>The venue</source>
        <translation>Le lieu</translation>
    </message>
    <message>
        <source>The name of organizer %1</source>
        <translation>Le nom de l’organisateur %1</translation>
    </message>
    <message>
        <source>The name of co-sponsor %1</source>
        <translation>Le nom du coauteur %1</translation>
    </message>
    <message>
        <source>The name of Council member %1</source>
        <translation>Le nom du membre du Conseil %1</translation>
    </message>
    <message>
        <source>%1 contains a line break (%2) at position %3; a name or a title is one line.</source>
        <translation>%1 contient un saut de ligne (%2) à la position %3&#xa0;; un nom ou un titre tient sur une ligne.</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2) at position %3; remove it.</source>
        <translation>%1 contient un caractère de contrôle (%2) à la position %3&#xa0;; supprimez-le.</translation>
    </message>
    <message>
        <source>%1 contains a bidirectional formatting character (%2) at position %3, which would show the text in another order than it is written; remove it.</source>
        <translation>%1 contient un caractère de formatage bidirectionnel (%2) à la position %3, qui afficherait le texte dans un autre ordre que celui de sa saisie&#xa0;; supprimez-le.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 compte %2 caractères&#xa0;; %3 au plus sont autorisés.</translation>
    </message>
    <message>
        <source>The notes contain a control character (%1) at position %2; notes may hold line breaks and tabs, but no other control characters.</source>
        <translation>Les remarques contiennent un caractère de contrôle (%1) à la position %2&#xa0;; les remarques peuvent contenir des sauts de ligne et des tabulations, mais aucun autre caractère de contrôle.</translation>
    </message>
    <message>
        <source>The notes contain a bidirectional formatting character (%1) at position %2, which would show the text in another order than it is written; remove it.</source>
        <translation>Les remarques contiennent un caractère de formatage bidirectionnel (%1) à la position %2, qui afficherait le texte dans un autre ordre que celui de sa saisie&#xa0;; supprimez-le.</translation>
    </message>
    <message>
        <source>The notes are %1 characters long; at most %2 are allowed.</source>
        <translation>Les remarques comptent %1 caractères&#xa0;; %2 au plus sont autorisés.</translation>
    </message>
    <message>
        <source>The message to the speaker</source>
        <translation>Le message à l’orateur</translation>
    </message>
</context>
<context>
    <name>rostrum::TierOrderEdit</name>
    <message>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Tier order, the first to speak at the top</source>
        <translation>Ordre des catégories d’orateurs, la première à parler en haut</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Vers le &amp;bas</translation>
    </message>
</context>
<context>
    <name>rostrum::TimeText</name>
    <message>
        <source>on time</source>
        <translation>dans les temps</translation>
    </message>
    <message>
        <source>%1%2 days</source>
        <translation>%1%2 jours</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation>+%1 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>rostrum::TimekeeperDisplay</name>
    <message>
        <source>Rostrum — Timekeeper</source>
        <translation>Rostrum — Chronométreur</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation>au nom de %1</translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <translation>%1, au nom de %2</translation>
    </message>
    <message>
        <source>No one at the rostrum</source>
        <translation>Personne à la tribune</translation>
    </message>
    <message>
        <source>Next: none</source>
        <translation>Prochain orateur&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Prochain orateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: %1 — %2</source>
        <comment>delegation, speaker</comment>
        <translation>Prochain orateur&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Projected end %1 (%2)</source>
        <translation>Fin prévue %1 (%2)</translation>
    </message>
    <message>
        <source>Timekeeper&apos;s display</source>
        <translation>Affichage du chronométreur</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>delegation, speaker</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1. %2. %3</source>
        <comment>who speaks; the clock; who is next</comment>
        <translation>%1. %2. %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>delegation, speaker</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>speaker, right of reply</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Interrupted: %1 — %2 left</source>
        <translation>Interrompu&#xa0;: %1 — reste %2</translation>
    </message>
    <message>
        <source>Message to the speaker: %1</source>
        <translation>Message à l’orateur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rostrum::TimelinePicture</name>
    <message>
        <source>Planned slot</source>
        <translation>Créneau prévu</translation>
    </message>
    <message>
        <source>Actual speech</source>
        <translation>Intervention réelle</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Scheduled end %1</source>
        <translation>Fin prévue %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind of speech: delegation</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rostrum::TimelineWidget</name>
    <message>
        <source>Timeline of the meeting: planned and actual speeches</source>
        <translation>Chronologie de la réunion&#xa0;: interventions prévues et réelles</translation>
    </message>
</context>
<context>
    <name>rostrum::UnsavedActs</name>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été enregistré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rostrum::ZoneTime</name>
    <message>
        <source>“%1” is outside the years 2000 to 2100; check the year</source>
        <translation>«&#xa0;%1&#xa0;» est en dehors des années 2000 à 2100&#xa0;; vérifiez l’année</translation>
    </message>
    <message>
        <source>%1 on %2 happens twice in %3; add the offset: %4 or %5</source>
        <translation>%1 le %2 se produit deux fois dans %3&#xa0;; ajoutez le décalage&#xa0;: %4 ou %5</translation>
    </message>
    <message>
        <source>%1 on %2 does not exist in %3: the clocks skip that hour</source>
        <translation>%1 le %2 n’existe pas dans %3&#xa0;: les horloges sautent cette heure</translation>
    </message>
</context>
<context>
    <name>rostrum::cli</name>
    <message>
        <source>No one is at the rostrum; no one is waiting.</source>
        <translation>Personne n’est à la tribune&#xa0;; personne n’est en attente.</translation>
    </message>
    <message>
        <source>%1 at the rostrum: %2 (%3).</source>
        <translation>%1 à la tribune&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <source>entry #%1</source>
        <translation>inscription nº %1</translation>
    </message>
    <message>
        <source>%1 is absent and now no. %2 on the list.</source>
        <translation>%1 est absent et se trouve désormais au nº %2 sur la liste.</translation>
    </message>
    <message>
        <source>%1 is absent and off the list.</source>
        <translation>%1 est absent et a été rayé de la liste.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 retiré.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Annulé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Rétabli&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>option inconnue --%1</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 est indiqué plus d’une fois</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2)</source>
        <translation>--%1 exige une valeur (%2)</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an entry id (a whole number, as shown by “list”)</source>
        <translation>%1 n’est pas un identifiant d’inscription (un nombre entier, tel qu’affiché par «&#xa0;list&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 is not a position on the list (1 is the first)</source>
        <translation>%1 n’est pas une position sur la liste (1 est la première)</translation>
    </message>
    <message>
        <source>%1 for %2 is not a whole number</source>
        <translation>%1 pour %2 n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds to add (30) or remove (-30)</source>
        <translation>%1 n’est pas un nombre de secondes à ajouter (30) ou à retirer (-30)</translation>
    </message>
    <message>
        <source>%1 for %2 is not a time limit; write minutes and seconds, like 3:00 or 2:30</source>
        <translation>%1 pour %2 n’est pas un temps de parole&#xa0;; indiquez des minutes et des secondes, comme 3:00 ou 2:30</translation>
    </message>
    <message>
        <source>%1 for %2 is not a date; write YYYY-MM-DD, like 2023-05-25</source>
        <translation>%1 pour %2 n’est pas une date&#xa0;; écrivez YYYY-MM-DD, comme 2023-05-25</translation>
    </message>
    <message>
        <source>%1 for %2 is not a time of day; write HH:MM or HH:MM:SS, like 15:00 or 15:00:30</source>
        <translation>%1 pour %2 n’est pas une heure&#xa0;; écrivez HH:MM ou HH:MM:SS, comme 15:00 ou 15:00:30</translation>
    </message>
    <message>
        <source>%1 for %2 is not a date and time; write &quot;YYYY-MM-DD HH:MM[:SS]&quot; in the meeting&apos;s time zone, or ISO 8601 with an offset (2023-05-23T16:00-04:00)</source>
        <translation>%1 pour %2 n’est pas une date et une heure&#xa0;; écrivez &quot;YYYY-MM-DD HH:MM[:SS]&quot; dans le fuseau horaire de la réunion, ou ISO 8601 avec un décalage (2023-05-23T16:00-04:00)</translation>
    </message>
    <message>
        <source>%1 in %2 is not in the directory of delegations</source>
        <translation>%1 dans %2 ne figure pas dans le répertoire des délégations</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>&#xa0;; vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is not a valid %2; choose one of: %3</source>
        <translation>%1 n’est pas une valeur valide pour %2&#xa0;; choisissez parmi&#xa0;: %3</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>--%1 exige un nom de fichier</translation>
    </message>
    <message>
        <source>say where to write: --pdf OUT, --csv OUT or --html OUT</source>
        <translation>indiquez où écrire&#xa0;: --pdf OUT, --csv OUT ou --html OUT</translation>
    </message>
    <message>
        <source>say where to write: --pdf OUT or --csv OUT</source>
        <translation>indiquez où écrire&#xa0;: --pdf OUT ou --csv OUT</translation>
    </message>
    <message>
        <source>PDF output needs the graphical libraries, which could not start</source>
        <translation>la sortie PDF exige les bibliothèques graphiques, qui n’ont pas pu démarrer</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 écrit (%n page)</numerusform>
            <numerusform>%1 écrit (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: rostrum-cli COMMAND FILE [ARGUMENTS] [OPTIONS]</source>
        <translation>Usage&#xa0;: rostrum-cli COMMAND FILE [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Runs the speakers list of a Rostrum meeting file. Every act is saved to the file as one transaction and journaled under the name cli:$USER. Other programs, the console included, may have the file open at the same time.</source>
        <translation>Gère la liste des orateurs d’un fichier de réunion Rostrum. Chaque opération est enregistrée dans le fichier en une seule transaction et consignée au journal sous le nom cli:$USER. D’autres programmes, y compris la console, peuvent avoir le fichier ouvert en même temps.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>ID is an entry id as shown by “list --format json” and printed by “add”. POSITION counts from 1. M:SS is a time like 3:00. Dates and times are in the meeting&apos;s time zone.</source>
        <translation>ID est un identifiant d’inscription tel qu’affiché par «&#xa0;list --format json&#xa0;» et imprimé par «&#xa0;add&#xa0;». POSITION compte à partir de 1. M:SS est une durée telle que 3:00. Les dates et les heures sont dans le fuseau horaire de la réunion.</translation>
    </message>
    <message>
        <source>Exit status: 0 when done; 1 when the rules of the list or the file refuse the act; 2 when the command line is wrong. An error is one line on standard error, starting with “rostrum-cli: ”. A refused act never changes the file.</source>
        <translation>Code de sortie&#xa0;: 0 si l’opération est effectuée&#xa0;; 1 si les règles de la liste ou le fichier refusent l’opération&#xa0;; 2 si la ligne de commande est erronée. Une erreur tient sur une ligne de la sortie d’erreur standard, commençant par «&#xa0;rostrum-cli:&#xa0;». Une opération refusée ne modifie jamais le fichier.</translation>
    </message>
    <message>
        <source>Global options: --help, -h (this help); --version.</source>
        <translation>Options globales&#xa0;: --help, -h (cette aide)&#xa0;; --version.</translation>
    </message>
    <message>
        <source>More about one command: rostrum-cli help COMMAND, or rostrum-cli COMMAND --help.</source>
        <translation>Plus d’informations sur une commande&#xa0;: rostrum-cli help COMMAND, ou rostrum-cli COMMAND --help.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Usage&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 refused, 2 wrong command line.</source>
        <translation>Code de sortie&#xa0;: 0 effectué, 1 refusé, 2 ligne de commande erronée.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) would be imported, %1 refused.</source>
        <translation>
            <numerusform>Simulation&#xa0;: %n ligne serait importée, %1 refusée(s).</numerusform>
            <numerusform>Simulation&#xa0;: %n lignes seraient importées, %1 refusée(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) refused, so nothing would be imported; --skip-invalid would import the other %1.</source>
        <translation>
            <numerusform>Simulation&#xa0;: %n ligne refusée, donc rien ne serait importé&#xa0;; --skip-invalid importerait les %1 autres.</numerusform>
            <numerusform>Simulation&#xa0;: %n lignes refusées, donc rien ne serait importé&#xa0;; --skip-invalid importerait les %1 autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported (--skip-invalid imports the other %1).</source>
        <translation>
            <numerusform>%n ligne refusée&#xa0;; rien n’a été importé (--skip-invalid importe les %1 autres).</numerusform>
            <numerusform>%n lignes refusées&#xa0;; rien n’a été importé (--skip-invalid importe les %1 autres).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n inscription(s) (%1 late).</source>
        <translation>
            <numerusform>%n inscription importée (%1 hors délai).</numerusform>
            <numerusform>%n inscriptions importées (%1 hors délai).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n inscription(s).</source>
        <translation>
            <numerusform>%n inscription importée.</numerusform>
            <numerusform>%n inscriptions importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused and not imported.</source>
        <translation>
            <numerusform>%n ligne refusée et non importée.</numerusform>
            <numerusform>%n lignes refusées et non importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been done yet.</source>
        <translation>Rien n’a encore été fait.</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (annulé)</translation>
    </message>
    <message>
        <source>--delegation cannot be empty</source>
        <translation>--delegation ne peut pas être vide</translation>
    </message>
    <message>
        <source>--on-behalf-of and --group-size go together: name the group and say how many delegations it has</source>
        <translation>--on-behalf-of et --group-size vont ensemble&#xa0;: nommez le groupe et indiquez combien de délégations il compte</translation>
    </message>
    <message>
        <source>--on-behalf-of cannot be empty</source>
        <translation>--on-behalf-of ne peut pas être vide</translation>
    </message>
    <message>
        <source>--group-size must be at least 1</source>
        <translation>--group-size doit être au moins égal à 1</translation>
    </message>
    <message>
        <source>%1 is now no. %2 on the list (placed by hand).</source>
        <translation>%1 est désormais au nº %2 sur la liste (placé manuellement).</translation>
    </message>
    <message>
        <source>%1 (now no. %2) and %3 (now no. %4) exchanged places.</source>
        <translation>%1 (désormais nº %2) et %3 (désormais nº %4) ont échangé leurs places.</translation>
    </message>
    <message>
        <source>%1 removed from the list.</source>
        <translation>%1 supprimé de la liste.</translation>
    </message>
    <message>
        <source>%1 withdrew from the list.</source>
        <translation>%1 s’est retiré de la liste.</translation>
    </message>
    <message>
        <source>%1 now has a limit of %2.</source>
        <translation>%1 a désormais un temps de parole de %2.</translation>
    </message>
    <message numerus="yes">
        <source>Limit %1 for the %n waiting speaker(s).</source>
        <translation>
            <numerusform>Temps de parole de %1 pour l’orateur en attente (%n).</numerusform>
            <numerusform>Temps de parole de %1 pour les %n orateurs en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of speakers is closed; inscriptions are refused until it is reopened.</source>
        <translation>La liste des orateurs est close&#xa0;; les inscriptions sont refusées jusqu’à sa réouverture.</translation>
    </message>
    <message>
        <source>The list of speakers is open again.</source>
        <translation>La liste des orateurs est de nouveau ouverte.</translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <translation>%1, au nom de %2</translation>
    </message>
    <message>
        <source>late</source>
        <translation>hors délai</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fixé</translation>
    </message>
    <message>
        <source>absent once</source>
        <translation>absent une fois</translation>
    </message>
    <message numerus="yes">
        <source>absent %n times</source>
        <translation>
            <numerusform>absent %n fois</numerusform>
            <numerusform>absent %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is on the list.</source>
        <translation>Personne n’est inscrit sur la liste.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 manquant</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2 (see “rostrum-cli help %1”)</source>
        <translation>%1&#xa0;: %2 (voir «&#xa0;rostrum-cli help %1&#xa0;»)</translation>
    </message>
    <message>
        <source>no command given (see “rostrum-cli --help”)</source>
        <translation>aucune commande indiquée (voir «&#xa0;rostrum-cli --help&#xa0;»)</translation>
    </message>
    <message>
        <source>help takes at most one command</source>
        <translation>help prend au plus une commande</translation>
    </message>
    <message>
        <source>there is no command “%1” (see “rostrum-cli --help”)</source>
        <translation>il n’existe pas de commande «&#xa0;%1&#xa0;» (voir «&#xa0;rostrum-cli --help&#xa0;»)</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone (TZ=%1) is not an IANA zone; give the meeting&apos;s zone with --time-zone, e.g. --time-zone America/New_York</source>
        <translation>le fuseau horaire de cet ordinateur (TZ=%1) n’est pas un fuseau IANA&#xa0;; indiquez le fuseau de la réunion avec --time-zone, par exemple --time-zone America/New_York</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone has no IANA name; give the meeting&apos;s zone with --time-zone, e.g. --time-zone America/New_York</source>
        <translation>le fuseau horaire de cet ordinateur n’a pas de nom IANA&#xa0;; indiquez le fuseau de la réunion avec --time-zone, par exemple --time-zone America/New_York</translation>
    </message>
    <message>
        <source>“%1”, %2 %3–%4 (%5)</source>
        <translation>«&#xa0;%1&#xa0;», %2 %3–%4 (%5)</translation>
    </message>
    <message>
        <source>--title cannot be empty</source>
        <translation>--title ne peut pas être vide</translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone; use an IANA id such as Europe/Zurich or America/New_York</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire IANA&#xa0;; utilisez un identifiant IANA tel que Europe/Zurich ou America/New_York</translation>
    </message>
    <message>
        <source>Created %1: %2.</source>
        <translation>%1 créé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Nothing changed: the settings are already so.</source>
        <translation>Rien n’a été modifié&#xa0;: les paramètres sont déjà ceux-là.</translation>
    </message>
    <message>
        <source>Settings changed: %1.</source>
        <translation>Paramètres modifiés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Heading: %1</source>
        <translation>En-tête&#xa0;: %1</translation>
    </message>
    <message>
        <source>the demo meeting could not be written: %1</source>
        <translation>la réunion de démonstration n’a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the demo meeting to %1: %2, %n speaker(s) inscribed.</source>
        <translation>
            <numerusform>Réunion de démonstration écrite dans %1&#xa0;: %2, %n orateur inscrit.</numerusform>
            <numerusform>Réunion de démonstration écrite dans %1&#xa0;: %2, %n orateurs inscrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up “%1” to %2</source>
        <translation>«&#xa0;%1&#xa0;» sauvegardé dans %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4); now %5</source>
        <translation>%1, %2–%3 (%4)&#xa0;; il est %5</translation>
    </message>
    <message>
        <source>Speaking: %1 — %2 (%3)</source>
        <translation>À la tribune&#xa0;: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No one is speaking.</source>
        <translation>Personne n’a la parole.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Prochain orateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: no one is waiting.</source>
        <translation>Prochain orateur&#xa0;: personne n’est en attente.</translation>
    </message>
    <message numerus="yes">
        <source>Projected end: %1 (%2), %n speaker(s) waiting</source>
        <translation>
            <numerusform>Fin prévue&#xa0;: %1 (%2), %n orateur en attente</numerusform>
            <numerusform>Fin prévue&#xa0;: %1 (%2), %n orateurs en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of speakers is closed.</source>
        <translation>La liste des orateurs est close.</translation>
    </message>
    <message>
        <source>The list of speakers is open.</source>
        <translation>La liste des orateurs est ouverte.</translation>
    </message>
    <message>
        <source>output format (default: text)</source>
        <translation>format de sortie (par défaut&#xa0;: text)</translation>
    </message>
    <message>
        <source>Create a meeting file.</source>
        <translation>Créer un fichier de réunion.</translation>
    </message>
    <message>
        <source>Times are in the meeting&apos;s time zone. Delegation names may be aliases (&quot;US&quot;, &quot;UK&quot;); they are saved under their directory names. An existing file is never overwritten.</source>
        <translation>Les heures sont celles du fuseau horaire de la réunion. Les noms de délégation peuvent être des alias (&quot;US&quot;, &quot;UK&quot;)&#xa0;; ils sont enregistrés sous leur nom du répertoire. Un fichier existant n’est jamais écrasé.</translation>
    </message>
    <message>
        <source>the meeting&apos;s title</source>
        <translation>le titre de la réunion</translation>
    </message>
    <message>
        <source>the day of the meeting</source>
        <translation>le jour de la réunion</translation>
    </message>
    <message>
        <source>scheduled start</source>
        <translation>début prévu</translation>
    </message>
    <message>
        <source>scheduled end</source>
        <translation>fin prévue</translation>
    </message>
    <message>
        <source>inscription deadline; later inscriptions are marked late. In the hour the clocks go back, add the offset: 2027-11-07T01:30-04:00</source>
        <translation>date limite des inscriptions&#xa0;; les inscriptions ultérieures sont marquées comme tardives. Pendant l’heure répétée au changement d’heure, ajoutez le décalage&#xa0;: 2027-11-07T01:30-04:00</translation>
    </message>
    <message>
        <source>speaking time for every category (default 3:00)</source>
        <translation>temps de parole de chaque catégorie (par défaut 3:00)</translation>
    </message>
    <message>
        <source>organizers, who open the meeting</source>
        <translation>organisateurs, qui ouvrent la réunion</translation>
    </message>
    <message>
        <source>co-sponsors, who speak in the priority tier</source>
        <translation>coauteurs, qui prennent la parole dans la catégorie d’orateurs prioritaire</translation>
    </message>
    <message>
        <source>members of the council, who speak after the briefers</source>
        <translation>membres du Conseil, qui prennent la parole après les intervenant(e)s</translation>
    </message>
    <message>
        <source>where the meeting takes place</source>
        <translation>lieu de la réunion</translation>
    </message>
    <message>
        <source>the line above the title of every document, e.g. &quot;United Nations General Assembly, plenary meeting&quot; (default: none)</source>
        <translation>la ligne au-dessus du titre de chaque document, par ex. &quot;Assemblée générale des Nations Unies, séance plénière&quot; (par défaut&#xa0;: aucune)</translation>
    </message>
    <message>
        <source>the meeting&apos;s time zone, e.g. America/New_York (default: this computer&apos;s)</source>
        <translation>le fuseau horaire de la réunion, par ex. America/New_York (par défaut&#xa0;: celui de cet ordinateur)</translation>
    </message>
    <message>
        <source>Give one or more of the options; undo brings the settings back as they were.</source>
        <translation>Indiquez une ou plusieurs options&#xa0;; undo rétablit les paramètres tels qu’ils étaient.</translation>
    </message>
    <message>
        <source>where the meeting takes place; &quot;&quot; for none</source>
        <translation>lieu de la réunion&#xa0;; &quot;&quot; pour aucun</translation>
    </message>
    <message>
        <source>the line above the title of every document; &quot;&quot; for none</source>
        <translation>la ligne au-dessus du titre de chaque document&#xa0;; &quot;&quot; pour aucune</translation>
    </message>
    <message>
        <source>Write the demo meeting (UNSC Arria-formula, 25 May 2023) to a new file.</source>
        <translation>Écrire la réunion de démonstration (Conseil de sécurité, formule Arria, 25 mai 2023) dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>The meeting of the seed concept note with its 45 inscriptions, on its own date. With --today it is held today instead, starting at the next whole five minutes at least two minutes from now; its end, deadline and inscriptions move with it.</source>
        <translation>La réunion de la note de cadrage d’origine, avec ses 45 inscriptions, à sa date. Avec --today, elle se tient aujourd’hui, et commence aux cinq minutes pleines suivantes, au moins deux minutes plus tard&#xa0;; sa fin, sa date limite et ses inscriptions sont décalées d’autant.</translation>
    </message>
    <message>
        <source>hold the meeting today, starting within minutes</source>
        <translation>tenir la réunion aujourd’hui, avec un début dans quelques minutes</translation>
    </message>
    <message>
        <source>Inscribe a speaker; prints only the new entry&apos;s id.</source>
        <translation>Inscrire un orateur&#xa0;; affiche uniquement l’identifiant de la nouvelle inscription.</translation>
    </message>
    <message>
        <source>The category is inferred when not given: a delegation keeps the highest tier it qualifies for. Briefers and non-State speakers need --category briefer or other.</source>
        <translation>La catégorie est déduite si elle n’est pas indiquée&#xa0;: une délégation reçoit la catégorie d’orateurs la plus élevée à laquelle elle peut prétendre. Les intervenant(e)s et les orateurs non étatiques exigent --category briefer ou other.</translation>
    </message>
    <message>
        <source>a delegation from the directory, or a name for briefers and others</source>
        <translation>une délégation du répertoire, ou un nom pour les intervenant(e)s et les autres</translation>
    </message>
    <message>
        <source>the speaker&apos;s name</source>
        <translation>le nom de l’orateur</translation>
    </message>
    <message>
        <source>the speaker&apos;s title</source>
        <translation>le titre de l’orateur</translation>
    </message>
    <message>
        <source>organizer, briefer, council, cosponsor, group, member, observer or other</source>
        <translation>organizer, briefer, council, cosponsor, group, member, observer ou other</translation>
    </message>
    <message>
        <source>the group the statement is made for (with --group-size)</source>
        <translation>le groupe au nom duquel la déclaration est faite (avec --group-size)</translation>
    </message>
    <message>
        <source>how many delegations the group has (with --on-behalf-of)</source>
        <translation>le nombre de délégations du groupe (avec --on-behalf-of)</translation>
    </message>
    <message>
        <source>ar, zh, en, fr, ru or es (default en)</source>
        <translation>ar, zh, en, fr, ru ou es (par défaut en)</translation>
    </message>
    <message>
        <source>head, minister, pr, deputy, charge or other</source>
        <translation>head, minister, pr, deputy, charge ou other</translation>
    </message>
    <message>
        <source>when the inscription arrived, in the meeting&apos;s time zone or ISO 8601 with an offset (default: now)</source>
        <translation>heure de réception de l’inscription, dans le fuseau horaire de la réunion ou en ISO 8601 avec décalage (par défaut&#xa0;: maintenant)</translation>
    </message>
    <message>
        <source>this speaker&apos;s time limit (default: the category&apos;s)</source>
        <translation>le temps de parole de cet orateur (par défaut&#xa0;: celui de la catégorie)</translation>
    </message>
    <message>
        <source>notes for the secretariat</source>
        <translation>remarques pour le secrétariat</translation>
    </message>
    <message>
        <source>Inscribe every row of a CSV file, as one act (one undo removes them all).</source>
        <translation>Inscrire toutes les lignes d’un fichier CSV, en une seule opération (une seule annulation les supprime toutes).</translation>
    </message>
    <message>
        <source>The CSV has a header row; the columns, in any order and any case, are delegation (required), speaker, title, category, on_behalf_of, group_size, language, level, inscribed_at, limit and notes. Comma, semicolon or tab separated; UTF-8 or UTF-16 with a byte-order mark (&quot;Unicode text&quot;). Every row is checked first; refused rows are listed on standard error as &quot;line N: reason&quot;, and then nothing is written unless --skip-invalid is given.</source>
        <translation>Le fichier CSV a une ligne d’en-tête&#xa0;; les colonnes, dans n’importe quel ordre et en majuscules ou minuscules, sont delegation (obligatoire), speaker, title, category, on_behalf_of, group_size, language, level, inscribed_at, limit et notes. Séparateur virgule, point-virgule ou tabulation&#xa0;; UTF-8 ou UTF-16 avec indicateur d’ordre des octets («&#xa0;Texte Unicode&#xa0;»). Chaque ligne est d’abord vérifiée&#xa0;; les lignes refusées sont listées sur la sortie d’erreur standard sous la forme «&#xa0;ligne N&#xa0;: motif&#xa0;», et rien n’est alors écrit sauf si --skip-invalid est indiqué.</translation>
    </message>
    <message>
        <source>check and report only; never write</source>
        <translation>vérifier et signaler uniquement&#xa0;; ne jamais écrire</translation>
    </message>
    <message>
        <source>import the rows that are accepted and report the rest</source>
        <translation>importer les lignes acceptées et signaler les autres</translation>
    </message>
    <message>
        <source>Show the running order with projected start times.</source>
        <translation>Afficher l’ordre de passage avec les heures de début prévues.</translation>
    </message>
    <message>
        <source>JSON is an array in running order; CSV follows RFC 4180 with a header row.</source>
        <translation>Le JSON est un tableau dans l’ordre de passage&#xa0;; le CSV suit la RFC 4180, avec une ligne d’en-tête.</translation>
    </message>
    <message>
        <source>also show who spoke, the current speaker, the absent and the withdrawn</source>
        <translation>afficher aussi les orateurs entendus, l’orateur en cours, les absents et les retirés</translation>
    </message>
    <message>
        <source>Show who is speaking, the time left, who is next, and the projected end.</source>
        <translation>Afficher l’orateur en cours, le temps restant, le prochain orateur et la fin prévue.</translation>
    </message>
    <message>
        <source>Move a waiting speaker to a position; pins them there.</source>
        <translation>Déplacer un orateur en attente à une place, où il est fixé.</translation>
    </message>
    <message>
        <source>Exchange the places of two waiting speakers, in one act.</source>
        <translation>Échanger les places de deux orateurs en attente, en une seule opération.</translation>
    </message>
    <message>
        <source>Delete an entry from the list (undo brings it back).</source>
        <translation>Supprimer une inscription de la liste (undo la rétablit).</translation>
    </message>
    <message>
        <source>Mark a waiting speaker as withdrawn.</source>
        <translation>Marquer un orateur en attente comme retiré.</translation>
    </message>
    <message>
        <source>Start or resume the clock; with no one at the rostrum, call the first speaker.</source>
        <translation>Démarrer ou reprendre le chronomètre&#xa0;; si personne n’est à la tribune, appeler le premier orateur.</translation>
    </message>
    <message>
        <source>Pause the current speaker&apos;s clock.</source>
        <translation>Suspendre le chronomètre de l’orateur en cours.</translation>
    </message>
    <message>
        <source>Close the current speech and call the next speaker.</source>
        <translation>Clore l’intervention en cours et appeler l’orateur suivant.</translation>
    </message>
    <message>
        <source>The called speaker is absent: apply the meeting&apos;s absent rule and call the next.</source>
        <translation>L’orateur appelé est absent&#xa0;: appliquer la règle de la réunion pour les absents et appeler le suivant.</translation>
    </message>
    <message>
        <source>Undo the last act.</source>
        <translation>Annuler la dernière opération.</translation>
    </message>
    <message>
        <source>Redo the last undone act.</source>
        <translation>Rétablir la dernière opération annulée.</translation>
    </message>
    <message>
        <source>Give the current speaker more time; a negative number takes time away.</source>
        <translation>Accorder plus de temps à l’orateur en cours&#xa0;; un nombre négatif en retire.</translation>
    </message>
    <message>
        <source>Reset the current speaker&apos;s clock to the full limit.</source>
        <translation>Remettre le chronomètre de l’orateur en cours à la totalité du temps de parole.</translation>
    </message>
    <message>
        <source>Change one speaker&apos;s time limit.</source>
        <translation>Modifier le temps de parole d’un orateur.</translation>
    </message>
    <message>
        <source>Change the time limit of every waiting speaker.</source>
        <translation>Modifier le temps de parole de tous les orateurs en attente.</translation>
    </message>
    <message>
        <source>Close the list of speakers: inscriptions are refused.</source>
        <translation>Clore la liste des orateurs&#xa0;: les inscriptions sont refusées.</translation>
    </message>
    <message>
        <source>Reopen the list of speakers.</source>
        <translation>Rouvrir la liste des orateurs.</translation>
    </message>
    <message>
        <source>Show who did what, and when, oldest first.</source>
        <translation>Afficher qui a fait quoi, et quand, de la plus ancienne opération à la plus récente.</translation>
    </message>
    <message>
        <source>show the last N acts (default 50; 0 shows all)</source>
        <translation>afficher les N dernières opérations (par défaut 50&#xa0;; 0 les affiche toutes)</translation>
    </message>
    <message>
        <source>Write a consistent copy of the meeting, with its whole journal, to a new file.</source>
        <translation>Écrire une copie cohérente de la réunion, avec tout son journal, dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>One snapshot of the file as saved, taken while other consoles may be acting on it; undo and redo work in the copy. DEST must not exist yet. Only reads FILE.</source>
        <translation>Un instantané du fichier tel qu’il est enregistré, pris alors que d’autres consoles peuvent y agir&#xa0;; undo et redo fonctionnent dans la copie. DEST ne doit pas encore exister. FILE est seulement lu.</translation>
    </message>
    <message>
        <source>Write the list of speakers for circulation: PDF, CSV or HTML.</source>
        <translation>Écrire la liste des orateurs pour distribution&#xa0;: PDF, CSV ou HTML.</translation>
    </message>
    <message>
        <source>The speaker at the rostrum first, then the running order with projected times. CSV is UTF-8 with a byte order mark, for spreadsheets; HTML is a standalone page. Give one or more outputs. A file is written whole or not at all.</source>
        <translation>L’orateur à la tribune d’abord, puis l’ordre de passage avec les heures prévues. Le CSV est en UTF-8 avec indicateur d’ordre des octets, pour les tableurs&#xa0;; le HTML est une page autonome. Indiquez une ou plusieurs sorties. Un fichier est écrit en entier ou pas du tout.</translation>
    </message>
    <message>
        <source>write an A4 PDF</source>
        <translation>écrire un PDF A4</translation>
    </message>
    <message>
        <source>write CSV (RFC 4180)</source>
        <translation>écrire un CSV (RFC 4180)</translation>
    </message>
    <message>
        <source>write an HTML page</source>
        <translation>écrire une page HTML</translation>
    </message>
    <message>
        <source>the line naming the kind of meeting, for this document only (default: the meeting&apos;s heading; &quot;&quot; for none)</source>
        <translation>la ligne indiquant le type de réunion, pour ce document seulement (par défaut&#xa0;: l’en-tête de la réunion&#xa0;; &quot;&quot; pour aucune)</translation>
    </message>
    <message>
        <source>the document&apos;s language: ar, zh, en, fr, ru or es (default: the language of the messages)</source>
        <translation>la langue du document&#xa0;: ar, zh, en, fr, ru ou es (par défaut&#xa0;: la langue des messages)</translation>
    </message>
    <message>
        <source>Write the report of the meeting: planned and actual times, overruns, totals.</source>
        <translation>Écrire le rapport de la réunion&#xa0;: heures prévues et réelles, dépassements, totaux.</translation>
    </message>
    <message>
        <source>One row per speaker with planned and actual start, allotted and actual time, overrun and pauses; totals by tier; the PDF adds a timeline picture. CSV has whole seconds, ISO 8601 times with the meeting&apos;s offset and status keys.</source>
        <translation>Une ligne par orateur avec le début prévu et réel, le temps accordé et utilisé, le dépassement et les pauses&#xa0;; totaux par catégorie d’orateurs&#xa0;; le PDF ajoute une image de la chronologie. Le CSV contient des secondes entières, des heures ISO 8601 avec le décalage de la réunion et des clés d’état.</translation>
    </message>
    <message>
        <source>--language: “%1” is not one of %2</source>
        <translation>--language&#xa0;: «&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>Before the command, --language xx chooses the language of the messages (%1); without it they follow LANG and LC_MESSAGES.</source>
        <translation>Placé avant la commande, --language xx choisit la langue des messages (%1)&#xa0;; sans cette option, ils suivent LANG et LC_MESSAGES.</translation>
    </message>
    <message>
        <source>The limits of their categories change too, so that speakers inscribed afterwards get the same limit, unless --waiting-only.</source>
        <translation>Le temps de parole de leurs catégories change aussi, de sorte que les orateurs inscrits ensuite reçoivent le même, sauf avec --waiting-only.</translation>
    </message>
    <message>
        <source>change only the speakers waiting now, not later inscriptions</source>
        <translation>ne modifier que les orateurs en attente, pas les inscriptions ultérieures</translation>
    </message>
    <message>
        <source>Change the meeting&apos;s title, venue, heading or rules of the floor, as one act.</source>
        <translation>Modifier le titre, le lieu, l’en-tête ou les règles de la parole de la réunion, en une seule opération.</translation>
    </message>
    <message>
        <source>the limit of a point of order; 0:00 for untimed (default 2:00)</source>
        <translation>le temps de parole d’une motion d’ordre&#xa0;; 0:00 pour sans limite (par défaut 2:00)</translation>
    </message>
    <message>
        <source>how many rights of reply a delegation may make (default 2)</source>
        <translation>combien de droits de réponse une délégation peut exercer (par défaut 2)</translation>
    </message>
    <message>
        <source>the limit of a first reply (default 5:00)</source>
        <translation>le temps de parole d’une première réponse (par défaut 5:00)</translation>
    </message>
    <message>
        <source>the limit of a second or later reply (default 3:00)</source>
        <translation>le temps de parole d’une deuxième réponse ou des suivantes (par défaut 3:00)</translation>
    </message>
    <message>
        <source>whether consoles chime at the warning and at zero (default on)</source>
        <translation>si les consoles sonnent à l’avertissement et à zéro (par défaut on)</translation>
    </message>
    <message>
        <source>Point of order: %1 has the floor; %2 is interrupted with %3 left.</source>
        <translation>Motion d’ordre&#xa0;: %1 a la parole&#xa0;; %2 est interrompu, il lui reste %3.</translation>
    </message>
    <message>
        <source>Point of order: %1 has the floor.</source>
        <translation>Motion d’ordre&#xa0;: %1 a la parole.</translation>
    </message>
    <message>
        <source>%1: right of reply no. %2 (%3), no. %4 on the list.</source>
        <translation>%1&#xa0;: droit de réponse nº %2 (%3), nº %4 sur la liste.</translation>
    </message>
    <message>
        <source>No changeover between speakers.</source>
        <translation>Aucun temps de changement d’orateur.</translation>
    </message>
    <message>
        <source>Changeover: %1 s between speakers.</source>
        <translation>Changement d’orateur&#xa0;: %1 s.</translation>
    </message>
    <message>
        <source>message takes either TEXT or --clear, not both</source>
        <translation>message prend soit TEXT soit --clear, pas les deux</translation>
    </message>
    <message>
        <source>message needs the TEXT to show, or --clear</source>
        <translation>message demande le TEXT à afficher, ou --clear</translation>
    </message>
    <message>
        <source>the message is empty; to take it off the display, use --clear</source>
        <translation>le message est vide&#xa0;; pour le retirer de l’affichage, utilisez --clear</translation>
    </message>
    <message>
        <source>Message to the speaker cleared.</source>
        <translation>Message à l’orateur effacé.</translation>
    </message>
    <message>
        <source>On the display: “%1”</source>
        <translation>Sur l’affichage&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the language spoken: ar, zh, en, fr, ru or es</source>
        <translation>la langue parlée&#xa0;: ar, zh, en, fr, ru ou es</translation>
    </message>
    <message>
        <source>A point of order takes the floor at once.</source>
        <translation>Une motion d’ordre prend la parole aussitôt.</translation>
    </message>
    <message>
        <source>The current speech is interrupted: its clock stops and its remaining time is kept. The point of order has its own clock and limit (the meeting&apos;s setting, 2:00 unless changed; 0:00 counts up). next closes it and gives the floor back to the interrupted speaker, paused; start resumes them.</source>
        <translation>L’intervention en cours est interrompue&#xa0;: son chronomètre s’arrête et son temps restant est conservé. La motion d’ordre a son propre chronomètre et son propre temps de parole (le réglage de la réunion, 2:00 sauf changement&#xa0;; 0:00 compte le temps écoulé). next la clôt et rend la parole à l’orateur interrompu, en pause&#xa0;; start le fait reprendre.</translation>
    </message>
    <message>
        <source>Inscribe a right of reply, heard after the last statement.</source>
        <translation>Inscrire un droit de réponse, entendu après la dernière déclaration.</translation>
    </message>
    <message>
        <source>Replies are heard in the order asked, in a tier of their own at the end, even while the list is closed. A delegation may reply as often as the meeting allows (2 unless changed); the first and second replies have their own limits (5:00 and 3:00 unless changed).</source>
        <translation>Les réponses sont entendues dans l’ordre des demandes, dans une catégorie d’orateurs à part, à la fin, même quand la liste est close. Une délégation peut répondre autant de fois que la réunion le permet (2 sauf changement)&#xa0;; la première et la deuxième réponse ont leurs propres temps de parole (5:00 et 3:00 sauf changement).</translation>
    </message>
    <message>
        <source>Set the time between one speaker&apos;s end and the next one&apos;s start.</source>
        <translation>Régler le temps entre la fin d’un orateur et le début du suivant.</translation>
    </message>
    <message>
        <source>From 0 to 600 seconds. Every projected start, the projected end and the fit advisor include it, except before the first speaker.</source>
        <translation>De 0 à 600 secondes. Chaque début prévu, la fin prévue et le conseiller de durée l’incluent, sauf avant le premier orateur.</translation>
    </message>
    <message>
        <source>Show a message to the speaker on the display.</source>
        <translation>Montrer un message à l’orateur sur l’affichage.</translation>
    </message>
    <message>
        <source>The message stays until it is cleared or the next speaker is called, for example &quot;Please conclude&quot;.</source>
        <translation>Le message reste jusqu’à ce qu’il soit effacé ou que l’orateur suivant soit appelé, par exemple &quot;Veuillez conclure&quot;.</translation>
    </message>
    <message>
        <source>take the message off the display</source>
        <translation>retirer le message de l’affichage</translation>
    </message>
    <message>
        <source>reply %1</source>
        <translation>réponse %1</translation>
    </message>
    <message>
        <source>say what to change: --title, --venue, --heading, --point-of-order-limit, --replies, --reply-first, --reply-second or --chimes</source>
        <translation>dites ce qu’il faut changer&#xa0;: --title, --venue, --heading, --point-of-order-limit, --replies, --reply-first, --reply-second ou --chimes</translation>
    </message>
    <message>
        <source>%1 for --point-of-order-limit is not a time limit; write minutes and seconds, like 2:00, or 0:00 for untimed</source>
        <translation>%1 pour --point-of-order-limit n’est pas un temps de parole&#xa0;; indiquez des minutes et des secondes, par exemple 2:00, ou 0:00 pour sans limite</translation>
    </message>
    <message>
        <source>Point of order: %1 — %2 (%3)</source>
        <translation>Motion d’ordre&#xa0;: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Interrupted: %1 — %2 left</source>
        <translation>Interrompu&#xa0;: %1 — reste %2</translation>
    </message>
    <message>
        <source>Message to the speaker: “%1”</source>
        <translation>Message à l’orateur&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Serve the meeting&apos;s web views and API until stopped (Ctrl+C).</source>
        <translation>Servir les vues web et l’API de la réunion jusqu’à l’arrêt (Ctrl+C).</translation>
    </message>
    <message>
        <source>Prints one link per role (viewer, timekeeper, staff, chair); each link carries its role&apos;s key. The keys are kept, hashed, in the meeting file, so the links work again after a restart; --new-links makes new ones and every older link stops working. Acts from the pages are journaled as web:ROLE@ADDRESS. See docs/API.md.</source>
        <translation>Affiche un lien par rôle (lecteur, chronométreur, secrétariat, présidence)&#xa0;; chaque lien porte la clé de son rôle. Les clés sont conservées, hachées, dans le fichier de réunion, de sorte que les liens fonctionnent encore après un redémarrage&#xa0;; --new-links en crée de nouvelles et tous les liens antérieurs cessent de fonctionner. Les opérations effectuées depuis les pages sont consignées au journal sous le nom web:ROLE@ADDRESS. Voir docs/API.md.</translation>
    </message>
    <message>
        <source>the address to listen on (default: 127.0.0.1, this computer only; 0.0.0.0 for every network)</source>
        <translation>l’adresse d’écoute (par défaut&#xa0;: 127.0.0.1, cet ordinateur seulement&#xa0;; 0.0.0.0 pour tous les réseaux)</translation>
    </message>
    <message>
        <source>the port (default: 8080; 0: any)</source>
        <translation>le port (par défaut&#xa0;: 8080&#xa0;; 0&#xa0;: n’importe lequel)</translation>
    </message>
    <message>
        <source>the views (timer, room, booth, list) open without a key; the acts still need one</source>
        <translation>les vues (timer, room, booth, list) s’ouvrent sans clé&#xa0;; les opérations en exigent toujours une</translation>
    </message>
    <message>
        <source>make new keys for every role; the old links stop working</source>
        <translation>créer de nouvelles clés pour chaque rôle&#xa0;; les anciens liens cessent de fonctionner</translation>
    </message>
    <message>
        <source>--bind takes an IP address such as 127.0.0.1 or 0.0.0.0, not “%1”</source>
        <translation>--bind prend une adresse IP telle que 127.0.0.1 ou 0.0.0.0, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--port must be from 0 to 65535</source>
        <translation>--port doit être compris entre 0 et 65535</translation>
    </message>
    <message>
        <source>Serving &quot;%1&quot; on %2</source>
        <translation>Réunion «&#xa0;%1&#xa0;» accessible sur %2</translation>
    </message>
    <message>
        <source>%1: the meetings cannot be listed: %2</source>
        <translation>%1&#xa0;: la liste des réunions ne peut pas être obtenue&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no meetings yet.</source>
        <translation>%1 ne contient encore aucune réunion.</translation>
    </message>
    <message>
        <source>Copied %1 to %2</source>
        <translation>%1 copié vers %2</translation>
    </message>
    <message>
        <source>--user must name a PostgreSQL user (1 to 63 characters)</source>
        <translation>--user doit indiquer un utilisateur PostgreSQL (de 1 à 63 caractères)</translation>
    </message>
    <message>
        <source>%1: %2 was not given the role %3: %4</source>
        <translation>%1&#xa0;: le rôle %3 n’a pas été attribué à %2&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 is now %2 of the meeting %3</source>
        <translation>%1 a désormais le rôle %2 dans la réunion %3</translation>
    </message>
    <message>
        <source>List the meetings a PostgreSQL database holds.</source>
        <translation>Lister les réunions que contient une base de données PostgreSQL.</translation>
    </message>
    <message>
        <source>SERVER is postgresql://[USER@]HOST[:PORT]/DATABASE. The password comes from PGPASSWORD or ~/.pgpass, never from the command line.</source>
        <translation>SERVER est de la forme postgresql://[USER@]HOST[:PORT]/DATABASE. Le mot de passe provient de PGPASSWORD ou de ~/.pgpass, jamais de la ligne de commande.</translation>
    </message>
    <message>
        <source>Copy a meeting file, journal included, to a new meeting on a server.</source>
        <translation>Copier un fichier de réunion, journal compris, dans une nouvelle réunion sur un serveur.</translation>
    </message>
    <message>
        <source>URL is postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME, and NAME must not be taken. Undo and redo carry on where the file left them; the copy has an identity of its own. Whoever pushes owns the meeting and is its chair. Only reads FILE.</source>
        <translation>URL est de la forme postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME, et NAME ne doit pas être déjà pris. L’annulation et le rétablissement reprennent là où le fichier les avait laissés&#xa0;; la copie a sa propre identité. L’utilisateur qui exécute push est propriétaire de la réunion et en assure la présidence. FILE est seulement lu.</translation>
    </message>
    <message>
        <source>Copy a meeting on a server, journal included, into a new file.</source>
        <translation>Copier une réunion d’un serveur, journal compris, dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>One snapshot of the meeting, taken while consoles may be acting on it. FILE must not exist yet.</source>
        <translation>Un instantané de la réunion, pris alors que des consoles peuvent y agir. FILE ne doit pas encore exister.</translation>
    </message>
    <message>
        <source>Give a PostgreSQL user one role on a meeting.</source>
        <translation>Attribuer à un utilisateur PostgreSQL un rôle dans une réunion.</translation>
    </message>
    <message>
        <source>The server enforces the role, whatever program the user connects with: a viewer reads; a timekeeper runs the clock and the message; staff inscribe, move, mark absent and edit; the chair does everything. The user is created (without a password: set one with psql&apos;s \password) where the server has none, and loses any other role on the meeting. Needs the right to create roles.</source>
        <translation>Le serveur fait respecter le rôle, quel que soit le programme avec lequel l’utilisateur se connecte&#xa0;: un lecteur consulte&#xa0;; un chronométreur gère le chronomètre et le message&#xa0;; le secrétariat inscrit, déplace, marque absent et modifie&#xa0;; la présidence fait tout. L’utilisateur est créé (sans mot de passe&#xa0;: définissez-en un avec \password de psql) s’il n’existe pas sur le serveur, et perd tout autre rôle dans la réunion. Exige le droit de créer des rôles.</translation>
    </message>
    <message>
        <source>the PostgreSQL user</source>
        <translation>l’utilisateur PostgreSQL</translation>
    </message>
    <message>
        <source>chair, staff, timekeeper or viewer</source>
        <translation>chair, staff, timekeeper ou viewer</translation>
    </message>
</context>
<context>
    <name>rostrum::web::AccessTokens</name>
    <message>
        <source>Cannot make the folder %1 for the links.</source>
        <translation>Le dossier %1 des liens ne peut pas être créé.</translation>
    </message>
    <message>
        <source>This meeting file is too old to be shared: open it in the console once, which brings it up to date.</source>
        <translation>Ce fichier de réunion est trop ancien pour être partagé&#xa0;: ouvrez-le une fois dans la console, qui le mettra à jour.</translation>
    </message>
</context>
<context>
    <name>rostrum::web::GuardedTcpServer</name>
    <message>
        <source>Web views: too many connections from %1; the ones over %2 are turned away.</source>
        <translation>Vues web&#xa0;: trop de connexions depuis %1&#xa0;; celles au-delà de %2 sont refusées.</translation>
    </message>
</context>
<context>
    <name>rostrum::web::PageStrings</name>
    <message>
        <source>Rostrum — Timer</source>
        <comment>Browser tab title of the speaker&apos;s timer page</comment>
        <translation>Rostrum — Chronomètre</translation>
    </message>
    <message>
        <source>Rostrum — Room display</source>
        <comment>Browser tab title of the room display page</comment>
        <translation>Rostrum — Écran de salle</translation>
    </message>
    <message>
        <source>Rostrum — Interpreters</source>
        <comment>Browser tab title of the interpreters&apos; page</comment>
        <translation>Rostrum — Interprètes</translation>
    </message>
    <message>
        <source>Rostrum — List of speakers</source>
        <comment>Browser tab title of the delegates&apos; list page</comment>
        <translation>Rostrum — Liste des orateurs</translation>
    </message>
    <message>
        <source>Rostrum — Control</source>
        <comment>Browser tab title of the control page</comment>
        <translation>Rostrum — Commandes</translation>
    </message>
    <message>
        <source>Connecting to the console…</source>
        <comment>Banner while the page first connects to the console</comment>
        <translation>Connexion à la console…</translation>
    </message>
    <message>
        <source>Connection to the console lost — reconnecting…</source>
        <comment>Banner when the link to the console is lost; the page retries by itself</comment>
        <translation>Connexion à la console perdue — reconnexion…</translation>
    </message>
    <message>
        <source>This link is not valid any more. Ask the secretariat for a new one.</source>
        <comment>Banner when the link&apos;s access code is wrong or withdrawn; no retry</comment>
        <translation>Ce lien n’est plus valide. Demandez-en un nouveau au secrétariat.</translation>
    </message>
    <message>
        <source>This link may not open this page. Ask the secretariat for the right link.</source>
        <comment>Banner when the link&apos;s role may not open this page; no retry</comment>
        <translation>Ce lien ne permet pas d’ouvrir cette page. Demandez le bon lien au secrétariat.</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <comment>Screen-reader name of the countdown figures</comment>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>Time of day</source>
        <comment>Screen-reader name of the meeting&apos;s clock (HH:MM)</comment>
        <translation>Heure actuelle</translation>
    </message>
    <message>
        <source>No one at the rostrum</source>
        <comment>Shown in place of the delegation when nobody has the floor</comment>
        <translation>Personne à la tribune</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>%1 delegation, %2 speaker&apos;s name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <comment>%1 speaker&apos;s name, %2 group or State spoken for</comment>
        <translation>%1, au nom de %2</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <comment>%1 group or State spoken for (speaker&apos;s name unknown)</comment>
        <translation>au nom de %1</translation>
    </message>
    <message>
        <source>READY</source>
        <comment>Clock label: a speaker is called, clock not started (capitals on the display)</comment>
        <translation>PRÊT</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <comment>Clock label: clock paused</comment>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>WARNING</source>
        <comment>Clock label: little time left (a ⚠ sign is added before it)</comment>
        <translation>ATTENTION</translation>
    </message>
    <message>
        <source>TIME</source>
        <comment>Clock label: the time is up (0:00)</comment>
        <translation>TEMPS ÉCOULÉ</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <comment>Clock label: speaking past the limit</comment>
        <translation>DÉPASSEMENT</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <comment>Clock label: the speech has ended</comment>
        <translation>TERMINÉ</translation>
    </message>
    <message>
        <source>PAUSED — %1</source>
        <comment>%1 one of WARNING / TIME / OVERTIME: clock paused in that phase</comment>
        <translation>PAUSE — %1</translation>
    </message>
    <message>
        <source>POINT OF ORDER</source>
        <comment>Big label on the timer when the floor is taken by a point of order</comment>
        <translation>MOTION D’ORDRE</translation>
    </message>
    <message>
        <source>RIGHT OF REPLY</source>
        <comment>Big label on the timer during a right of reply</comment>
        <translation>DROIT DE RÉPONSE</translation>
    </message>
    <message>
        <source>Point of order</source>
        <comment>Small mark next to a point of order in lists</comment>
        <translation>Motion d’ordre</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <comment>Small mark next to a right of reply in lists</comment>
        <translation>Droit de réponse</translation>
    </message>
    <message>
        <source>Right of reply %1</source>
        <comment>%1 the number of the reply (1, 2): &quot;Right of reply 1&quot;</comment>
        <translation>Droit de réponse %1</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>Mark for a speaker inscribed after the deadline</comment>
        <translation>Hors délai</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <comment>Mark for a speaker interrupted by a point of order</comment>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>Mark for a speaker who was absent when called</comment>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>Mark for a speaker who withdrew</comment>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Spoke</source>
        <comment>Mark for a speaker who has spoken</comment>
        <translation>Intervenu</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <comment>Heading over the current speaker on the delegates&apos; list</comment>
        <translation>À la tribune</translation>
    </message>
    <message>
        <source>Interrupted: %1 — %2 left</source>
        <comment>%1 delegation, %2 time left (e.g. 1:12) for the interrupted speaker</comment>
        <translation>Interrompu&#xa0;: %1 — reste %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <comment>%1 next delegation (and speaker)</comment>
        <translation>Prochain orateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: none</source>
        <comment>Nobody is waiting to speak next</comment>
        <translation>Prochain orateur&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Projected end %1 (%2)</source>
        <comment>%1 projected end time HH:MM, %2 lateness such as &quot;+15 min&quot;</comment>
        <translation>Fin prévue %1 (%2)</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <comment>%1 minutes past the scheduled end</comment>
        <translation>+%1 min</translation>
    </message>
    <message>
        <source>−%1 min</source>
        <comment>%1 minutes before the scheduled end</comment>
        <translation>−%1 min</translation>
    </message>
    <message>
        <source>on time</source>
        <comment>The list is projected to end at the scheduled time</comment>
        <translation>dans les temps</translation>
    </message>
    <message>
        <source>+%1 days</source>
        <comment>%1 days past the scheduled end (for meetings far off their date)</comment>
        <translation>+%1 jours</translation>
    </message>
    <message>
        <source>−%1 days</source>
        <comment>%1 days before the scheduled end</comment>
        <translation>−%1 jours</translation>
    </message>
    <message>
        <source>The list of speakers is closed.</source>
        <comment>The chair has closed the list of speakers</comment>
        <translation>La liste des orateurs est close.</translation>
    </message>
    <message>
        <source>No one is waiting to speak.</source>
        <comment>The list has no waiting speaker</comment>
        <translation>Personne n’attend pour prendre la parole.</translation>
    </message>
    <message>
        <source>Now speaking</source>
        <comment>Heading over the current speaker on the room screen</comment>
        <translation>À la tribune</translation>
    </message>
    <message>
        <source>Next speakers</source>
        <comment>Heading over the next five speakers on the room screen</comment>
        <translation>Prochains orateurs</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <comment>%1 language name and code, e.g. &quot;French (fr)&quot;</comment>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>%1 language name in the page&apos;s language, %2 its code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Language not given</source>
        <comment>No language was given for the statement</comment>
        <translation>Langue non indiquée</translation>
    </message>
    <message>
        <source>Next three</source>
        <comment>Heading over the next three speakers on the interpreters&apos; page</comment>
        <translation>Trois prochains orateurs</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <comment>%1 the secretariat&apos;s notes for the booths about this speaker</comment>
        <translation>Remarques&#xa0;: %1</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <comment>Heading of the list of speakers (also used when the meeting has no title)</comment>
        <translation>Liste des orateurs</translation>
    </message>
    <message>
        <source>Spoken or off the list (%1)</source>
        <comment>%1 how many; folded section with speakers done or off the list</comment>
        <translation>Orateurs entendus ou rayés de la liste (%1)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>%1 start time, %2 end time of a speech (HH:MM)</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>Button: start or resume the speaker&apos;s clock</comment>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>Button: pause the speaker&apos;s clock</comment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <comment>Button: end this speech and call the next speaker</comment>
        <translation>Orateur suivant</translation>
    </message>
    <message>
        <source>+30 s</source>
        <comment>Button: give the speaker 30 more seconds</comment>
        <translation>+30 s</translation>
    </message>
    <message>
        <source>−30 s</source>
        <comment>Button: take 30 seconds from the speaker</comment>
        <translation>−30 s</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>Button: the called speaker is not in the room</comment>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Button: take back the last act</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Button: do again the act just taken back</comment>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <comment>Heading of the messages to the speaker</comment>
        <translation>Message à l’orateur</translation>
    </message>
    <message>
        <source>Please conclude</source>
        <comment>Preset message shown to the speaker (sent as shown)</comment>
        <translation>Veuillez conclure</translation>
    </message>
    <message>
        <source>Your time is up</source>
        <comment>Preset message shown to the speaker (sent as shown)</comment>
        <translation>Votre temps de parole est écoulé</translation>
    </message>
    <message>
        <source>Please speak more slowly for the interpreters</source>
        <comment>Preset message shown to the speaker (sent as shown)</comment>
        <translation>Veuillez parler plus lentement pour les interprètes</translation>
    </message>
    <message>
        <source>Your own message</source>
        <comment>Label of the field for a message of one&apos;s own</comment>
        <translation>Autre message</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>Button: show the typed message to the speaker</comment>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Clear message</source>
        <comment>Button: remove the message from the speaker&apos;s screen</comment>
        <translation>Effacer le message</translation>
    </message>
    <message>
        <source>Shown to the speaker: %1</source>
        <comment>%1 the message now on the speaker&apos;s screen</comment>
        <translation>Montré à l’orateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Inscribe a speaker</source>
        <comment>Heading of the form that adds a speaker to the list</comment>
        <translation>Inscrire un orateur</translation>
    </message>
    <message>
        <source>Delegation</source>
        <comment>Field label: the delegation (State or organisation)</comment>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Speaker (optional)</source>
        <comment>Field label: the speaker&apos;s name, may be left empty</comment>
        <translation>Orateur (facultatif)</translation>
    </message>
    <message>
        <source>Inscribe</source>
        <comment>Button: add the speaker to the list</comment>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Move a waiting speaker</source>
        <comment>Heading of the form that moves a waiting speaker</comment>
        <translation>Déplacer un orateur en attente</translation>
    </message>
    <message>
        <source>Waiting speaker</source>
        <comment>Field label: which waiting speaker to move</comment>
        <translation>Orateur en attente</translation>
    </message>
    <message>
        <source>New position</source>
        <comment>Field label: the new place in the list (a number)</comment>
        <translation>Nouvelle position</translation>
    </message>
    <message>
        <source>Move</source>
        <comment>Button: move the speaker</comment>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>%1 current position, %2 delegation and speaker</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Last act: %1</source>
        <comment>%1 the console&apos;s one-line summary of the act just done</comment>
        <translation>Dernière opération&#xa0;: %1</translation>
    </message>
    <message>
        <source>This link is for viewing only.</source>
        <comment>Shown on the control page to a link that may do nothing</comment>
        <translation>Ce lien permet seulement la consultation.</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <comment>%1 one of the four role names below</comment>
        <translation>Rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>viewer</source>
        <comment>Role name: may only look</comment>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>timekeeper</source>
        <comment>Role name: runs the clock and the messages</comment>
        <translation>chronométreur</translation>
    </message>
    <message>
        <source>staff</source>
        <comment>Role name: secretariat staff keeping the list</comment>
        <translation>secrétariat</translation>
    </message>
    <message>
        <source>chair</source>
        <comment>Role name: the chair, may do everything</comment>
        <translation>présidence</translation>
    </message>
    <message>
        <source>The console did not answer. Try again.</source>
        <comment>The request got no answer (network down)</comment>
        <translation>La console n’a pas répondu. Réessayez.</translation>
    </message>
    <message>
        <source>The console refused the act (HTTP %1).</source>
        <comment>%1 HTTP status code, when the console gave no reason of its own</comment>
        <translation>La console a refusé l’opération (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>rostrum::web::WebActs</name>
    <message>
        <source>The body is not JSON: %1 at byte %2.</source>
        <translation>Le corps de la requête n’est pas du JSON&#xa0;: %1 à l’octet %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Le corps de la requête doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Unknown field “%1”; this act takes: %2.</source>
        <translation>Champ inconnu «&#xa0;%1&#xa0;»&#xa0;; cette opération accepte&#xa0;: %2.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>aucun champ</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» manque.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>“%1” must be a text.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être une chaîne de caractères.</translation>
    </message>
    <message>
        <source>“%1” cannot be empty.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» ne peut pas être vide.</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>“language” must be one of: %1.</source>
        <translation>Le champ «&#xa0;language&#xa0;» doit prendre l’une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“seconds” cannot be 0.</source>
        <translation>Le champ «&#xa0;seconds&#xa0;» ne peut pas valoir 0.</translation>
    </message>
    <message>
        <source>“clear” must be true or false.</source>
        <translation>Le champ «&#xa0;clear&#xa0;» doit valoir true ou false.</translation>
    </message>
    <message>
        <source>Give either “text” or &quot;clear&quot;: true.</source>
        <translation>Indiquez soit «&#xa0;text&#xa0;», soit &quot;clear&quot;: true.</translation>
    </message>
    <message>
        <source>There is no act “%1”.</source>
        <translation>L’opération «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
</context>
<context>
    <name>rostrum::web::WebRole</name>
    <message>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Timekeeper</source>
        <translation>Chronométreur</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
</context>
<context>
    <name>rostrum::web::WebServer</name>
    <message>
        <source>There is no such page.</source>
        <translation>Cette page n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot serve on %1 port %2: %3.</source>
        <translation>Impossible d’ouvrir le serveur web sur %1, port %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>This page needs the link with its key (…?t=…).</source>
        <translation>Cette page doit être ouverte avec le lien qui porte sa clé (…?t=…).</translation>
    </message>
    <message>
        <source>Web views: %1 wrong keys from %2; its requests are slowed down.</source>
        <translation>Vues web&#xa0;: %1 clés erronées depuis %2&#xa0;; ses requêtes sont ralenties.</translation>
    </message>
    <message>
        <source>This link is not valid: it may have been revoked. Ask the secretariat for a new one.</source>
        <translation>Ce lien n’est pas valide&#xa0;: il a peut-être été révoqué. Demandez-en un nouveau au secrétariat.</translation>
    </message>
    <message>
        <source>Only a WebSocket at /ws is served.</source>
        <translation>Seul un WebSocket est servi, à l’adresse /ws.</translation>
    </message>
    <message>
        <source>Requests from pages of other sites are refused.</source>
        <translation>Les requêtes provenant de pages d’autres sites sont refusées.</translation>
    </message>
    <message>
        <source>This address does not take that method.</source>
        <translation>Cette adresse n’accepte pas cette méthode.</translation>
    </message>
    <message>
        <source>There is no act “%1”.</source>
        <translation>L’opération «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>This link (%1) may not do “%2”.</source>
        <translation>Ce lien (%1) ne permet pas l’opération «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
</TS>
