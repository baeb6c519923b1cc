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

# Les menus de la barre de menus.
menu-file = Fichier
menu-edit = Édition
menu-view = Affichage
menu-teacher = Enseignant
menu-help = Aide
# Fichier > Fichiers récents, Affichage > Langue, la ligne du zoom et les thèmes.
menu-open-recent = Fichiers récents
menu-language = Langue
menu-zoom = Zoom : { NUMBER($percent, maximumFractionDigits: 0) } %
menu-theme-system = Comme le système
menu-theme-light = Clair
menu-theme-dark = Sombre

# Le libellé de chaque commande (menus, boutons, Aide) et son infobulle.
cmd-new = Nouveau projet
cmd-new-tooltip = Commencer un projet vide, puis importer ou coller un article.
cmd-new-from-clipboard = Nouveau à partir du presse-papiers
cmd-new-from-clipboard-tooltip = Commencer un projet dont l’article est le texte que tu as copié (les paragraphes sont conservés).
cmd-open = Ouvrir…
cmd-open-tooltip = Ouvrir un projet (.ron) ou un article à lire et à annoter.
cmd-import-article = Importer un article…
cmd-import-article-tooltip = Ajouter à ce projet un article (page Web, PDF, Word, OpenDocument, EPUB, texte ou Markdown).
cmd-save = Enregistrer
cmd-save-tooltip = Enregistrer ton travail. Dans un devoir, cela crée ton propre fichier à côté de celui du devoir ; le devoir n’est jamais modifié.
cmd-save-as = Enregistrer sous…
cmd-save-as-tooltip = Enregistrer ton travail sous un autre nom ou dans un autre dossier.
cmd-quit = Quitter
cmd-quit-tooltip = Fermer Marginalia (une question est posée d’abord si quelque chose n’est pas enregistré).
cmd-undo = Annuler
cmd-undo-tooltip = Annuler la dernière modification (un surlignement, une étiquette, une note ou une suppression).
cmd-redo = Rétablir
cmd-redo-tooltip = Refaire ce qu’Annuler a défait.
cmd-delete-annotation = Supprimer l’annotation
cmd-delete-annotation-tooltip = Supprimer le surlignement sélectionné (Annuler le fait revenir).
cmd-edit-note = Modifier la note
cmd-edit-note-tooltip = Écrire ou modifier la note du surlignement sélectionné.
cmd-next-annotation = Annotation suivante
cmd-next-annotation-tooltip = Sélectionner le surlignement suivant dans l’article.
cmd-previous-annotation = Annotation précédente
cmd-previous-annotation-tooltip = Sélectionner le surlignement précédent dans l’article.
cmd-focus-article = Aller à l’article
cmd-focus-article-tooltip = Donner le clavier à l’article : les flèches déplacent le curseur, Shift+flèches sélectionne, les touches d’étiquette étiquettent.
cmd-find = Rechercher…
cmd-find-tooltip = Rechercher un mot dans l’article (sans tenir compte des majuscules ni des accents).
cmd-find-next = Rechercher le suivant
cmd-find-next-tooltip = Aller à l’occurrence suivante.
cmd-find-previous = Rechercher le précédent
cmd-find-previous-tooltip = Aller à l’occurrence précédente.
cmd-zoom-in = Zoom avant
cmd-zoom-in-tooltip = Tout agrandir (jusqu’à 200 %).
cmd-zoom-out = Zoom arrière
cmd-zoom-out-tooltip = Tout réduire (jusqu’à 75 %).
cmd-zoom-reset = Taille réelle
cmd-zoom-reset-tooltip = Revenir à 100 %.
cmd-grade-submissions = Corriger les travaux remis…
cmd-grade-submissions-tooltip = Corriger un dossier de fichiers d’élèves à l’aide d’un corrigé.
cmd-edit-details = Titre et consignes…
cmd-edit-details-tooltip = Modifier le titre, les consignes et le type de ce fichier.
cmd-edit-article-source = Source de l’article…
cmd-edit-article-source-tooltip = Indiquer qui a publié l’article affiché, quand, et où on peut le trouver.
cmd-edit-tags = Modifier les étiquettes…
cmd-edit-tags-tooltip = Modifier le nom, la couleur, la touche et la définition des étiquettes.
cmd-export-assignment = Exporter le devoir…
cmd-export-assignment-tooltip = Créer la copie à distribuer : les mêmes articles et étiquettes, sans les surlignements.
cmd-become-teacher = Modifier ce fichier en tant qu’enseignant…
cmd-become-teacher-tooltip = Modifier le devoir ou le corrigé lui-même plutôt que d’en faire une copie d’élève.
cmd-help = Aide
cmd-help-tooltip = Comment sélectionner, étiqueter, écrire des notes et enregistrer, et tous les raccourcis.
cmd-about = À propos de Marginalia
cmd-about-tooltip = Version, licence et polices utilisées par Marginalia.

# La fenêtre Aide : comment on travaille, dans l’ordre où l’élève le découvre.
help-title = Aide
help-select-title = Sélectionner un passage
help-select-text = Fais glisser la souris dessus (double-clic : un mot, triple-clic : un paragraphe). Ou clique pour placer le curseur et utilise Shift+flèches ; Shift+Ctrl+flèches sélectionne des mots entiers.
help-keyboard-title = Sans souris
help-keyboard-text = F6 (ou Tab) donne le clavier à l’article. Les flèches déplacent le curseur, Début/Fin et Page précédente/suivante font des sauts, Shift étend la sélection. Alt+flèche bas et Alt+flèche haut passent d’un surlignement à l’autre ; F2 modifie la note.
help-tag-title = L’étiqueter
help-tag-text = Appuie sur la touche de l’étiquette, ou clique sur l’étiquette à droite. Clique sur un surlignement pour le sélectionner : une touche change alors son étiquette, Suppr l’enlève.
help-explain-title = L’expliquer
help-explain-text = Écris pourquoi dans la case Note du surlignement sélectionné. Annuler (Ctrl+Z) annule aussi les notes.
help-hand-in-title = Le remettre
help-hand-in-text = Dans un devoir, tape ton nom et clique sur Enregistrer (Ctrl+S) : ton travail va dans un nouveau fichier à ton nom, à côté du devoir. Le devoir lui-même ne change jamais.
help-tag-keys = Touches des étiquettes
# Le nom d’une étiquette et ce qu’elle veut dire, à côté de sa touche.
help-tag-line = { $name } : { $description }
help-every-command = Toutes les commandes

# La fenêtre À propos.
help-about-title = À propos de Marginalia
help-about-version = Marginalia { $version }
help-about-description = Annotation hors ligne d’articles de presse pour les cours d’éducation aux médias : étiqueter les affirmations, les réfutations, le cadrage et le remplissage ; corriger à l’aide d’un corrigé.
help-about-offline = Fonctionne hors ligne : le travail des élèves ne quitte jamais cet ordinateur.
help-about-licence = Licence : { $licence }.
help-about-fonts = Polices
help-font-dejavu = DejaVu Sans — licence libre Bitstream Vera / DejaVu.
help-font-droid = Droid Sans Fallback — licence Apache 2.0.
help-font-noto-emoji = Noto Emoji 3.006 — SIL Open Font License 1.1.
help-font-egui-emoji = Sous-ensemble Noto Emoji d’egui et emoji-icon-font — SIL Open Font License / MIT.
help-font-egui-defaults = Ubuntu Light et Hack (polices par défaut d’egui) — Ubuntu Font Licence / MIT.

## end of commands


## workspace: Window: the main window: toolbar, side panels, status bar, banners, find bar, settings (src/gui/ except app/ dialogs and grading/). Ids: ws-*.

# Barre d’état.
ws-unsaved-changes = Modifications non enregistrées
ws-saved = Enregistré
# Le titre et le rôle du projet, puis son nombre d’articles et d’annotations.
ws-status-summary = { $title } ({ $role }) · { $articles ->
        [one] { $articles } article
       *[other] { $articles } articles
    } · { $annotations ->
        [one] { $annotations } annotation
       *[other] { $annotations } annotations
    }
# Sur un surlignement : qui l’a fait.
ws-by-author = par { $author }

# Panneau de gauche.
ws-instructions = Consignes
ws-articles = Articles
ws-no-annotations-yet = aucune annotation pour l’instant

# Panneau de droite : les étiquettes.
ws-tags = Étiquettes
ws-tags-hint = Sélectionne du texte dans l’article, puis appuie sur la touche d’une étiquette ou clique sur l’étiquette.
ws-what-tags-mean = Ce que veulent dire les étiquettes

# Panneau de droite : la liste des annotations.
ws-annotations = Annotations
ws-show = Afficher
ws-all-tags = Toutes les étiquettes
ws-none-yet = Aucune pour l’instant.
ws-has-a-note = a une note
# Un passage surligné, cité.
ws-quote = « { $quote } »
# Ce qu’un lecteur d’écran dit d’une annotation de la liste.
ws-annotation-label = { $tag } : { $quote }

# Panneau de droite : le surlignement sélectionné.
ws-selected-highlight = Surlignement sélectionné
ws-retag-hint = (une touche ou un bouton d’étiquette ci-dessus la change)
ws-note = Note :
ws-note-hint = Pourquoi as-tu étiqueté ce passage ?
# Dans un corrigé : comment le passage sélectionné compte dans la correction.
ws-in-grading = Dans la correction
ws-optional = Facultatif : aucune pénalité si un élève le manque
ws-optional-tooltip = Un élève qui le trouve obtient quand même ses points
ws-worth = Vaut
# Après le nombre de points (une zone numérique).
ws-points-suffix = {" point(s)"}
ws-own-passage = — un passage à part entière
ws-another-reading = Autre lecture de

# Bandeaux au-dessus de l’article.
ws-problems = Problèmes
ws-please-check = À vérifier
ws-dismiss = Masquer
# Sous le titre d’un article sans auteur indiqué : le fichier d’où il vient.
ws-from-file = Tiré de { $file }
ws-no-article-yet = Aucun article pour l’instant
ws-no-article-hint = Importe une page Web enregistrée ou un fichier texte, dépose-en un sur cette fenêtre, ou colle du texte copié avec Ctrl+V.

# Messages de la barre d’état.
ws-clipboard-empty = Le presse-papiers ne contient aucun texte à coller : copie d’abord le texte de l’article.
ws-select-highlight-first = Sélectionne d’abord un surlignement (clique dessus, ou Alt+flèche bas), puis modifie sa note.
ws-select-passage-first = Sélectionne d’abord un passage : fais glisser la souris dessus, ou Shift+flèches dans l’article.
ws-no-more-after = Aucun autre surlignement après celui-ci.
ws-none-before = Aucun surlignement avant celui-ci.
ws-paste-use-menu = Pour créer un nouveau projet à partir du texte copié, utilise { menu-file } > { cmd-new-from-clipboard }.

# Le titre de la fenêtre.
ws-unsaved-project = projet non enregistré
ws-window-title = { $name } — Marginalia
ws-window-failed = impossible d’ouvrir la fenêtre : { $error }

# La barre de recherche (Ctrl+F).
ws-find = Rechercher :
ws-no-matches = aucune occurrence
ws-match-position = { $current } sur { $total }
# Plus d’occurrences que ce qui est compté.
ws-match-position-many = { $current } sur { $total }+
ws-find-previous = Précédent
ws-find-next = Suivant
ws-find-close = Fermer

# Les filtres des boîtes de dialogue de fichiers.
ws-filter-marginalia-files = Fichiers Marginalia
ws-filter-all-files = Tous les fichiers

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

