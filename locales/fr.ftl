# Marginalia's messages in Canadian French (fr-CA).
#
# One file per language: copying this file to locales/<code>.ftl and translating
# every message adds a language (README, "Adding a language"). Every id here must
# exist in every other file; `cargo test --test messages` checks it.
#
# French typography (OQLF): a narrow no-break space (U+202F) before ; ! ? and
# inside « », a no-break space (U+00A0) before :. The test checks it too.

## general: General words; the language's own name (View > Language lists it).

language-name = Français
general-annotation-count = { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}
general-score = { NUMBER($score, maximumFractionDigits: 1) }

## end of general


## commands: Window: menus, commands, shortcuts and the Help window (src/gui/command.rs, app/help.rs). Ids: cmd-*, menu-*, help-*.

## end of commands


## workspace: Window: the main window: toolbar, side panels, status bar, banners, find bar, settings (src/gui/ except app/ dialogs and grading/). Ids: ws-*.

## end of workspace


## dialogs: Window: the dialogs (hand-in, file dialog, tag editor, details, source, import preview, teacher prompts; src/gui/app/*). Ids: dlg-*.
# Boutons communs
dlg-save = Enregistrer
dlg-cancel = Annuler
dlg-apply = Appliquer

# Questions avant d’agir (app/dialogs.rs)
dlg-save-changes-heading = Enregistrer tes modifications ?
dlg-save-changes-text = Tes annotations contiennent des modifications qui ne sont pas encore enregistrées.
dlg-dont-save = Ne pas enregistrer
dlg-lock-heading = Ce projet est déjà ouvert
dlg-lock-text = Une autre fenêtre de Marginalia l’a déjà ouvert : { $owner }. Si vous enregistrez tous les deux, l’un de vous perdra du travail.
dlg-lock-work-on-copy = Travailler sur une copie
dlg-lock-open-anyway = Ouvrir quand même
dlg-lock-working-on-copy = Tu travailles sur une copie : Enregistrer te demandera un nouveau nom de fichier.
dlg-disk-heading = Le fichier a changé sur le disque
dlg-disk-text = { $path } a été modifié par un autre programme ou une autre fenêtre depuis que tu l’as ouvert. L’écraser avec ta version, ou enregistrer la tienne sous un autre nom ?
dlg-save-as = Enregistrer sous…
dlg-overwrite = Écraser
dlg-restore-never-saved = un projet jamais enregistré
dlg-restore-heading = Restaurer le travail non enregistré ?
dlg-restore-text = Marginalia s’est fermé avant que ton travail soit enregistré. Une copie de secours de { $what } est disponible.
dlg-restore = Restaurer
dlg-discard = Supprimer

# Le premier enregistrement d’un élève (app/hand_in.rs)
dlg-handin-heading = Enregistre ton travail
dlg-handin-saving-as = Enregistrement au nom de { $name } — ce n’est pas toi ? Écris ton propre nom.
dlg-handin-name-label = Ton nom (prénom et nom) :
dlg-handin-saved-as = Ton travail sera enregistré sous :
dlg-handin-type-name-hint = (écris ton nom : le fichier portera ton nom)
dlg-handin-assignment-unchanged = Le devoir { $file } lui-même ne sera pas modifié.
dlg-handin-file-exists = Un fichier de ce nom existe déjà (un travail précédent ?). Enregistrer le remplace ; change le nom pour garder les deux.
dlg-handin-replace-and-save = Remplacer et enregistrer
dlg-handin-save-my-work = Enregistrer mon travail
dlg-handin-save-elsewhere = Enregistrer ailleurs…
dlg-handin-name-first = Écris d’abord ton nom : il figure sur le travail que tu remets.

# Le bandeau au-dessus d’un devoir ou d’un corrigé (app/hand_in.rs)
dlg-banner-name-first = Écris d’abord ton nom ; il figure sur le travail que tu remets.
dlg-banner-hello = Bonjour { $name } ! Enregistrer (Ctrl+S) crée ton propre fichier : { $path }
dlg-banner-assignment = Ceci est un devoir.
dlg-banner-your-name = Ton nom :
dlg-banner-name-hint = Prénom et nom
dlg-banner-start = Commencer mon travail
dlg-banner-last-used = Dernier nom utilisé ici : { $name }. Ce n’est pas toi ? Écris ton nom.
dlg-banner-saved-beside = Ton travail est enregistré dans un nouveau fichier, à côté du devoir.
dlg-banner-whose-work = Travail de { $name } — Enregistrer (Ctrl+S) écrit { $path }
dlg-banner-answer-key = Ceci est un corrigé. L’enregistrer demande une confirmation ; les élèves ne devraient pas le modifier.

# « Es-tu l’enseignant ? » et les commandes de l’enseignant (app/hand_in.rs, app/teacher.rs)
dlg-teacher-this-file = ce fichier
dlg-teacher-key-heading = Modifier le corrigé ?
dlg-teacher-key-text = Ceci est le corrigé ({ $path }). L’enregistrer change le corrigé qui sert à corriger le groupe. Si tu es élève, choisis Annuler.
dlg-teacher-assignment-heading = Modifier le devoir lui-même ?
dlg-teacher-assignment-text = Enregistrer modifiera { $path }, le fichier distribué au groupe. Si tu es élève, choisis Annuler, puis écris ton nom au-dessus de l’article.
dlg-teacher-confirm = Je suis l’enseignant : le modifier
dlg-teacher-save-copy = Enregistrer plutôt une copie…
dlg-teacher-mode-on = Mode enseignant : Enregistrer écrit maintenant dans { $path }.
dlg-teacher-already-student = Ce fichier est le travail d’un élève : il est déjà enregistré à sa place.
dlg-teacher-export-is-key = Choisissez un autre fichier : celui-ci est le corrigé lui-même.
dlg-teacher-wrote-assignment = { $count ->
    [one] Devoir { $path } écrit ({ $count } article, aucun surlignement). Distribuez-le au groupe.
   *[other] Devoir { $path } écrit ({ $count } articles, aucun surlignement). Distribuez-le au groupe.
}
dlg-teacher-open-key-first = Pour modifier le corrigé, ouvrez-le dans cette fenêtre (Fichier > Ouvrir), puis corrigez à partir de Enseignant > Corriger les travaux remis.
dlg-teacher-article-gone = Cet article n’est plus dans le corrigé.
dlg-teacher-highlight-does-not-fit = Le surlignement de l’élève ne correspond pas au texte du corrigé.
dlg-teacher-accepted-alternative = « { $quote } » accepté comme autre lecture du passage du corrigé ; le corrigé est enregistré et les travaux du groupe sont corrigés de nouveau.
dlg-teacher-accepted-optional = « { $quote } » ajouté au corrigé comme passage facultatif ; le corrigé est enregistré et les travaux du groupe sont corrigés de nouveau.
dlg-teacher-nothing-to-undo = Aucune lecture acceptée à annuler ici.
dlg-teacher-key-changed = Le corrigé a changé depuis ; annulez la modification dans la vue d’annotation (Ctrl+Z).
dlg-teacher-took-out = La lecture acceptée a été retirée du corrigé ; le corrigé est enregistré et les travaux du groupe sont corrigés de nouveau.

# Enseignant > Modifier les étiquettes (app/tag_editor.rs)
dlg-tags-title = Étiquettes
dlg-tags-intro = Modifiez les noms, les couleurs, les touches et les définitions ; le bouton Appliquer de chaque ligne peut être annulé.
dlg-tags-name-hint = Nom
dlg-tags-key = Touche :
dlg-tags-move-up = Monter
dlg-tags-move-down = Descendre
dlg-tags-delete = Supprimer
dlg-tags-definition-hint = Définition montrée aux élèves
dlg-tags-as-saved = { $name } (tel qu’enregistré)
dlg-tags-add = Ajouter une étiquette
# Le nom d’une nouvelle étiquette : « Étiquette 5 ».
dlg-tags-new-name = Étiquette { $number }
dlg-tags-in-use = { $count ->
    [one] L’étiquette « { $tag } » est utilisée par { $count } surlignement.
   *[other] L’étiquette « { $tag } » est utilisée par { $count } surlignements.
}
dlg-tags-delete-with-highlights = Supprimer l’étiquette et ses surlignements
dlg-tags-keep = La garder

# Enseignant > Titre et consignes (app/details_editor.rs)
dlg-details-title = Titre et consignes
dlg-details-title-label = Titre
dlg-details-instructions = Consignes (montrées aux élèves)
dlg-details-role = Ce fichier est :
dlg-details-role-assignment = un devoir
dlg-details-role-key = un corrigé
dlg-details-role-submission = un travail remis
dlg-details-author = Auteur :
dlg-details-language = Langue de l’exercice
dlg-details-language-unset = Non précisée
dlg-details-language-retags = Les étiquettes par défaut seront aussi renommées dans cette langue.

# Enseignant > Source de l’article (app/source_editor.rs)
dlg-source-title = Source de l’article
dlg-source-intro = Qui a publié ce texte, pour que les élèves puissent se demander qui se cache derrière.
dlg-source-outlet = Média
dlg-source-outlet-hint = p. ex. Radio-Canada
dlg-source-published = Date de publication
dlg-source-published-hint = p. ex. 2022-10-12
dlg-source-address = Adresse
dlg-source-language = Langue
dlg-source-language-hint = p. ex. en, fr-CA
dlg-source-authors = Auteurs (un par ligne)

# Fichier > Importer : l’aperçu (app/import_preview.rs)
dlg-import-heading = Importer un article
dlg-import-article-only = L’article seulement (recommandé) : menus, pieds de page et liens connexes exclus
dlg-import-whole-page = La page entière, telle qu’un lecteur la voit : pour repérer ce qui entoure l’article
dlg-import-add = Ajouter au projet
dlg-import-found = Trouvé : { $what }. { $chars ->
        [one] { $chars } caractère
       *[other] { $chars } caractères
    }, encodage { $encoding }.
dlg-import-source = Source : { $byline }
dlg-import-no-source = Le fichier n’indique pas qui l’a publié : ajoutez-le avec Enseignant > Source de l’article…
dlg-import-how-it-starts = Le début du texte :

# Ouvrir, importer, nouveaux projets (app/open.rs)
dlg-open-restored = Ton travail non enregistré a été restauré. Enregistre-le pour le garder.
dlg-open-could-not-restore = Impossible de restaurer : { $error }
dlg-open-imported = { $path } importé ({ $what }, encodage { $encoding }).
dlg-open-pasted = Le texte copié a été ajouté comme article. Enregistre pour le garder.
dlg-open-new-project-title = Nouveau projet

# Choisir des fichiers, enregistrer (app/file_ops.rs, file_dialog.rs)
dlg-file-open-title = Ouvrir un projet ou un article
dlg-file-import-title = Importer un article
dlg-file-save-title = Enregistre ton travail
dlg-file-export-title = Exporter le devoir à distribuer
dlg-file-not-the-assignment = { $path } est le devoir lui-même : ton travail doit aller dans un fichier à part. Choisis un autre nom.
dlg-file-saved-to = Enregistré dans { $path }
dlg-file-autosave-failed = Échec de l’enregistrement automatique : { $error }
dlg-file-cannot-open-folder = Impossible d’ouvrir le dossier { $path } : { $error }
dlg-file-no-such-file = Le fichier { $path } n’existe pas.
dlg-file-up = ⬆ Dossier parent
dlg-file-up-tooltip = Le dossier qui contient celui-ci
dlg-file-home = Dossier personnel
dlg-file-folder = Dossier :
dlg-file-empty-folder = Ce dossier est vide.
dlg-file-name = Nom du fichier :
dlg-file-replace-confirm = { $path } existe déjà. Appuie sur Remplacer pour l’écraser, ou change le nom.
dlg-file-replace = Remplacer
dlg-file-open = Ouvrir
dlg-file-choose-folder = Choisir ce dossier

## end of dialogs


## grading-screen: Window: the grading screen (src/gui/grading/). Ids: grading-*.

## end of grading-screen


## tags: The default tag set and the sample exercise's texts, in the project's language. Ids: tag-*.

tag-claim-name = Affirmation
tag-claim-definition = Ce que le texte présente comme vrai et qu’on pourrait vérifier : qui a fait quoi, ce qui s’est passé, ce que vaut un chiffre.
tag-rebuttal-name = Réfutation
tag-rebuttal-definition = Une réponse qui nie une affirmation, la met en doute ou la conteste, souvent de la part de l’autre camp.
tag-framing-name = Cadrage
tag-framing-definition = Des mots, des étiquettes, des citations ou une mise en page choisis pour te faire voir l’histoire d’une certaine façon, plutôt que pour t’apprendre un fait.
tag-boilerplate-name = Remplissage
tag-boilerplate-definition = Du texte qui ne fait pas partie de l’article : appels aux dons, invitations à s’abonner, liens « Lire aussi », règles des commentaires, présentation du site.

## end of tags


## cli: Command line: --help and output (src/cli/, src/main.rs). Ids: cli-*.

## end of cli


## errors-project: Errors and warnings: project files, saving, locks, recovery (src/project_file/, session.rs, lock.rs, recovery.rs, workflow.rs). Ids: file-*, save-*, lock-*, recovery-*.

## end of errors-project


## errors-import: Errors and reports: importing articles (src/import/). Ids: import-*.

## end of errors-import


## errors-grading: Errors and notices: grading, LMS, edits (src/grade/). Ids: grade-*.

## end of errors-grading


## errors-lms-edit: Errors and notices: LMS rosters, edits (src/lms/, src/edit/). Ids: lms-*, edit-*.

## end of errors-lms-edit


## exports: Exported pages and CSV (src/export/): feedback pages, class summary, column headers that no LMS reads. Ids: export-*.

## end of exports

