# Marginalia's messages in Canadian French (fr-CA).
#
# One file per language: copying this file to locales/<code>.ftl and translating
# every message adds a language (README, "Adding a language"). Every id here must
# exist in every other file; `cargo test --test messages` checks it.
#
# French typography (OQLF): a narrow no-break space (U+202F) before ; ! ?, a
# no-break space (U+00A0) before : and inside « » (egui draws U+202F so thin that
# «Lire aussi» looked glued). The test checks it too.

## general: General words; the language's own name (View > Language lists it).

language-name = Français
general-annotation-count = { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}
general-score = { NUMBER($score, maximumFractionDigits: 1) }
role-assignment = devoir
role-key = corrigé
role-submission = travail remis

io-not-found = Fichier ou dossier introuvable
io-permission-denied = Permission refusée
io-already-exists = Le fichier existe déjà
io-is-a-directory = C’est un dossier, pas un fichier
io-not-a-directory = Ce n’est pas un dossier
io-storage-full = Plus d’espace libre sur le disque
io-read-only = Système de fichiers en lecture seule
io-invalid-data = Le contenu du fichier n’est pas valide (pas du texte dans l’encodage attendu, ou endommagé)

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
cmd-quit-tooltip = Fermer Marginalia (une confirmation est demandée si du travail n’est pas enregistré).
cmd-undo = Annuler
cmd-undo-tooltip = Annuler la dernière modification (un surlignement, une étiquette, une note ou une suppression).
cmd-redo = Rétablir
cmd-redo-tooltip = Rétablir ce qu’Annuler a défait.
cmd-delete-annotation = Supprimer l’annotation
cmd-delete-annotation-tooltip = Supprimer le surlignement sélectionné (Annuler le fait revenir).
cmd-edit-note = Modifier la note
cmd-edit-note-tooltip = Écrire ou modifier la note du surlignement sélectionné.
cmd-next-annotation = Annotation suivante
cmd-next-annotation-tooltip = Sélectionner le surlignement suivant dans l’article.
cmd-previous-annotation = Annotation précédente
cmd-previous-annotation-tooltip = Sélectionner le surlignement précédent dans l’article.
cmd-focus-article = Aller à l’article
cmd-focus-article-tooltip = Donner le clavier à l’article : les flèches déplacent le curseur, Maj+flèches sélectionne, les touches des étiquettes servent à étiqueter.
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
cmd-edit-details-tooltip = Modifier le titre, les consignes, la langue de l’exercice et le type de ce fichier.
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
help-select-text = Fais glisser la souris dessus (double-clic : un mot, triple-clic : un paragraphe). Ou clique pour placer le curseur et utilise Maj+flèches ; Maj+Ctrl+flèches sélectionne des mots entiers.
help-keyboard-title = Sans souris
help-keyboard-text = F6 (ou Tab) donne le clavier à l’article. Les flèches déplacent le curseur, Début/Fin et Page précédente/suivante font des sauts, Maj étend la sélection. Alt+flèche bas et Alt+flèche haut passent d’un surlignement à l’autre ; F2 modifie la note.
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
ws-quote = « { $quote } »
# Ce qu’un lecteur d’écran dit d’une annotation de la liste.
ws-annotation-label = { $tag } : { $quote }

# Panneau de droite : le surlignement sélectionné.
ws-selected-highlight = Surlignement sélectionné
ws-retag-hint = (une touche ou un bouton d’étiquette ci-dessus change son étiquette)
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
ws-select-passage-first = Sélectionne d’abord un passage : fais glisser la souris dessus, ou Maj+flèches dans l’article.
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

ws-article-spoken = Article : { $title }
ws-article-spoken-in-highlight = {" "}Dans un surlignement { $tag }.
ws-article-spoken-selected = Article : { $title }. Sélection : { $quote }.{ $tag }
ws-article-spoken-caret = Article : { $title }. Curseur sur : { $word }.{ $tag }

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

# « Es-tu l’enseignant ? » et les commandes de l’enseignant (app/hand_in.rs, app/teacher.rs)
dlg-teacher-this-file = ce fichier
dlg-teacher-key-heading = Modifier le corrigé ?
dlg-teacher-key-text = Ceci est le corrigé ({ $path }). L’enregistrer change le corrigé qui sert à corriger le groupe. Si tu es élève, choisis Annuler.
dlg-teacher-assignment-heading = Modifier le devoir lui-même ?
dlg-teacher-assignment-text = Enregistrer modifiera { $path }, le fichier distribué au groupe. Si tu es élève, choisis Annuler, puis écris ton nom au-dessus de l’article.
dlg-teacher-confirm = Je suis l’enseignant : le modifier
dlg-teacher-save-copy = Enregistrer plutôt une copie…
dlg-teacher-mode-on = Mode enseignant : Enregistrer écrit maintenant dans { $path }.
dlg-teacher-already-student = Ce fichier est déjà le travail d’un élève : il est enregistré directement, sans copie.
dlg-teacher-export-is-key = Choisis un autre fichier : celui-ci est le corrigé lui-même.
dlg-teacher-wrote-assignment = { $count ->
    [one] Devoir { $path } écrit ({ $count } article, aucun surlignement). Distribue-le au groupe.
   *[other] Devoir { $path } écrit ({ $count } articles, aucun surlignement). Distribue-le au groupe.
}
dlg-teacher-open-key-first = Pour modifier le corrigé, ouvre-le dans cette fenêtre (Fichier > Ouvrir), puis lance la correction avec Enseignant > Corriger les travaux remis.
dlg-teacher-article-gone = Cet article n’est plus dans le corrigé.
dlg-teacher-highlight-does-not-fit = Le surlignement de l’élève ne correspond pas au texte du corrigé.
dlg-teacher-accepted-alternative = « { $quote } » accepté comme autre lecture du passage du corrigé ; le corrigé est enregistré et les travaux du groupe sont corrigés de nouveau.
dlg-teacher-accepted-optional = « { $quote } » ajouté au corrigé comme passage facultatif ; le corrigé est enregistré et les travaux du groupe sont corrigés de nouveau.
dlg-teacher-nothing-to-undo = Aucune lecture acceptée à annuler ici.
dlg-teacher-key-changed = Le corrigé a changé depuis ; annule la modification dans la vue d’annotation (Ctrl+Z).
dlg-teacher-took-out = La lecture acceptée a été retirée du corrigé ; le corrigé est enregistré et les travaux du groupe sont corrigés de nouveau.

# Enseignant > Modifier les étiquettes (app/tag_editor.rs)
dlg-tags-title = Étiquettes
dlg-tags-intro = Modifie les noms, les couleurs, les touches et les définitions ; le bouton Appliquer de chaque ligne peut être annulé.
dlg-tags-name-hint = Nom
dlg-tags-key = Touche :
dlg-tags-move-up = Monter
dlg-tags-move-down = Descendre
dlg-tags-delete = Supprimer
dlg-tags-definition-hint = Définition montrée aux élèves
dlg-tags-as-saved = { $name } (tel qu’enregistré)
dlg-tags-add = Ajouter une étiquette
# Le nom d’une nouvelle étiquette : « Étiquette 5 ».
dlg-tags-new-name = Étiquette { $number }
dlg-tags-in-use = { $count ->
    [one] L’étiquette « { $tag } » est utilisée par { $count } surlignement.
   *[other] L’étiquette « { $tag } » est utilisée par { $count } surlignements.
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

# Fichier > Importer un article : l’aperçu (app/import_preview.rs)
dlg-import-heading = Importer un article
dlg-import-article-only = L’article seulement (recommandé) : menus, pieds de page et liens connexes exclus
dlg-import-whole-page = La page entière, telle qu’un lecteur la voit : pour repérer ce qui entoure l’article
dlg-import-add = Ajouter au projet
dlg-import-found = Trouvé : { $what }. { $chars ->
        [one] { $chars } caractère
       *[other] { $chars } caractères
    }, encodage { $encoding }.
dlg-import-source = Source : { $byline }
dlg-import-no-source = Le fichier n’indique pas qui l’a publié : ajoute cette information avec Enseignant > Source de l’article…
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

grading-heading = Corriger les travaux remis
grading-back = ← Retour à l’annotation
grading-comments-saved = Commentaires enregistrés dans { $path }
grading-settings-summary = Corrigé, dossier et réglages — { $folder } · { NUMBER($threshold, maximumFractionDigits: 0) } % de chevauchement
grading-settings-summary-partial-credit = Corrigé, dossier et réglages — { $folder } · { NUMBER($threshold, maximumFractionDigits: 0) } % de chevauchement, points partiels
grading-undo-accept = Annuler la dernière lecture acceptée
grading-undo-accept-tooltip = La retire du corrigé, enregistre le corrigé et corrige de nouveau
grading-tab-class = Groupe
grading-tab-heat-map = Carte de chaleur
grading-tab-review = Travail d’un élève
grading-export = Exporter le relevé de notes et les pages…
grading-lms = Résultats pour l’ENA…
grading-lms-tooltip = Ouvrir le relevé de notes exporté de Canvas, Moodle, Brightspace ou Google Classroom (CSV) pour écrire le fichier qui y réimporte les résultats
grading-pick-roster = Choisir le relevé de notes exporté de ton ENA (CSV)
grading-projector = Projecteur : sans noms
grading-projector-tooltip = Pour montrer au groupe : les élèves deviennent Élève 1, Élève 2…, et les commentaires et les problèmes de fichiers sont masqués
grading-none-chosen = (aucun choix)
grading-key-label = Corrigé :
grading-choose-key = Choisir le corrigé…
grading-pick-key = Choisir le corrigé
grading-folder-label = Dossier des travaux remis :
grading-choose-folder = Choisir le dossier…
grading-pick-folder = Choisir le dossier des travaux remis
grading-threshold-label = Chevauchement pour compter comme trouvé :
grading-percent = { NUMBER($percent, maximumFractionDigits: 0) } %
grading-threshold-tooltip = Intersection sur union du passage de l’élève et de celui du corrigé.
grading-partial-credit = Points partiels pour les chevauchements plus petits
grading-grade = Corriger
grading-progress = Fichiers : { $done } sur { $total }
grading-pick-export = Choisir où écrire le relevé de notes et les pages de rétroaction
grading-exported = { $count ->
    [one] Fichiers écrits : { $gradebook }, { $annotations }, { $summary } et { $count } page de rétroaction.
   *[other] Fichiers écrits : { $gradebook }, { $annotations }, { $summary } et { $count } pages de rétroaction.
}
grading-no-submissions = Aucun travail remis (fichiers .ron) dans { $folder }.
grading-class-summary = { $graded } corrigés · { $failed } illisibles · résultat moyen { $mean } · accord du groupe (α de Krippendorff) { $alpha }
grading-scores-chart = Résultats
grading-tag-chart = F1 moyen par étiquette (%)
grading-col-student = Élève
grading-col-score = Résultat
grading-col-precision = Précision %
grading-col-recall = Rappel %
grading-col-f1 = F1 %
grading-col-tag-f1 = { $tag } F1
grading-col-kappa = κ
grading-col-problems = Problèmes
grading-sort-tooltip = Trier selon cette colonne ; cliquer de nouveau pour inverser
grading-open-review = voir le travail
grading-open-review-of = { $file } — voir le travail
grading-score-set-tooltip = Fixé par toi : { $reason } (selon le corrigé : { $graded })
grading-failures = Impossible à corriger
grading-axis-score = résultat
grading-axis-students = élèves
grading-mean-f1 = F1 moyen
grading-article-label = Article :
grading-heat-legend = { $students ->
    [one] { $students } élève a cet article · accord entre eux (α) { $alpha } · plus foncé = plus d’élèves · souligné = passage du corrigé ·
   *[other] { $students } élèves ont cet article · accord entre eux (α) { $alpha } · plus foncé = plus d’élèves · souligné = passage du corrigé ·
}
grading-uncharted-heading = Pour discuter en groupe : lectures absentes du corrigé
grading-uncharted-by = { $of ->
    [one] par { $students } sur { $of } élève
   *[other] par { $students } sur { $of } élèves
}
grading-add-to-key = Ajouter au corrigé
grading-add-reading-tooltip = Ajoute cette lecture au corrigé comme passage facultatif, enregistre le corrigé et corrige le groupe de nouveau
grading-key-passages-heading = Les passages du corrigé, les moins trouvés d’abord
grading-passage-outcomes = trouvé par { $found } sur { $of } · en partie { $partly } · mauvaise étiquette { $wrong }
grading-heat-count = { $students ->
    [one] { $count } sur { $students } élève
   *[other] { $count } sur { $students } élèves
}
grading-heat-not-in-key = pas un passage du corrigé
grading-heat-key-tag = corrigé : { $tag }
grading-review-student-label = Élève :
grading-choose = choisir…
grading-review-choose-student = Choisis un élève, ou clique sur un nom dans le tableau du groupe.
grading-review-totals = résultat { $score } · trouvés { $found } · en partie { $partly } · mauvaise étiquette { $wrong } · manqués { $missed } · en trop { $extra } · κ { $kappa }
grading-confusion-heading = Étiquettes choisies : corrigé (lignes) et élève (colonnes)
grading-confusion-corner = corrigé \ élève
grading-comment-for = Commentaire pour { $student }
grading-comment-hint = Figurera sur la page de rétroaction de l’élève
grading-save-comments = Enregistrer les commentaires
grading-comments-unsaved = non enregistrés
grading-comments-saved-beside = enregistrés à côté des travaux remis
grading-review-article-absent = Cet article n’est pas dans le fichier de l’élève : chaque passage compte comme manqué.
grading-review-passages = Passages du corrigé
grading-overlap = { NUMBER($percent, maximumFractionDigits: 0) } % de chevauchement
grading-tagged-as = étiqueté { $tag }
grading-optional-no-penalty = facultatif : aucune pénalité
grading-verdict-missed = manqué
grading-accept-reading = Accepter sa lecture
grading-accept-reading-tooltip = Ajoute le surlignement de l’élève au corrigé comme autre lecture de ce passage, enregistre le corrigé et corrige le groupe de nouveau
grading-add-highlight-tooltip = Ajoute ce surlignement au corrigé comme passage facultatif (personne n’est pénalisé s’il le manque), enregistre le corrigé et corrige le groupe de nouveau
grading-note = note : { $note }
grading-legend-in-the-text = Dans le texte :
grading-legend-key = souligné = corrigé
grading-override = Fixer le résultat à la main
grading-override-tooltip = Affiché sur la page de l’élève avec ta raison, et dans le relevé de notes à côté du résultat selon le corrigé
grading-override-because = parce que
grading-override-hint = l’élève lira ceci
grading-lms-heading = Résultats pour { $lms } ({ $file }) · élèves associés : { $paired } sur { $students }
grading-lms-column = Colonne de notes :
grading-lms-new-column = { $name } (une nouvelle colonne)
grading-lms-points-from-roster = sur { $points } points (selon la liste)
grading-lms-out-of = sur
grading-lms-points-suffix = {" points"}
grading-lms-unmatched = Pas dans la liste sous ce nom : { $student } ({ $file }) est
grading-lms-without-submission = Dans la liste sans travail remis (leur note reste telle quelle) : { $names }
grading-lms-write = Écrire le fichier d’importation…
grading-lms-close = Fermer la liste
grading-lms-pick-import = Où écrire le fichier à importer dans l’ENA
grading-lms-written = { $path } écrit pour { $lms } (élèves : { $count }). Importe-le là-bas (docs/lms.md explique comment).

## end of grading-screen


## tags: The default tag set and the sample exercise's texts, in the project's language. Ids: tag-*.

tag-claim-name = Affirmation
tag-claim-definition = Ce que le texte présente comme vrai et qu’on pourrait vérifier : qui a fait quoi, ce qui s’est passé, ce que vaut un chiffre.
tag-rebuttal-name = Réfutation
tag-rebuttal-definition = Une réponse qui nie une affirmation, la met en doute ou la conteste, souvent de la part de l’autre camp.
tag-framing-name = Cadrage
tag-framing-definition = Des mots, des étiquettes, des citations ou une mise en page choisis pour te faire voir l’histoire d’une certaine façon, plutôt que pour t’apprendre un fait.
tag-boilerplate-name = Remplissage
tag-boilerplate-definition = Du texte qui ne fait pas partie de l’article : appels aux dons, invitations à s’abonner, liens « Lire aussi », règles des commentaires, présentation du site.

tag-instructions-template =
    Lis chaque article. Sélectionne un passage avec la souris (ou Maj + flèches) et appuie sur une touche pour l’étiqueter :
    1 Affirmation : ce qui est présenté comme vrai et qu’on pourrait vérifier.
    2 Réfutation : une réponse qui nie une affirmation ou la conteste.
    3 Cadrage : des mots, des étiquettes, des citations ou une mise en page choisis pour te faire voir l’histoire d’une certaine façon.
    4 Remplissage : du texte qui ne fait pas partie de l’article (appels aux dons, règles des commentaires, liens).
    Ajoute une note quand tu hésites sur ton choix. Enregistre ton travail et remets le fichier.

## end of tags


## cli: Command line: --help and output (src/cli/, src/main.rs). Ids: cli-*.

# --help : le programme et ses commandes (identifiants de src/cli/help.rs).
cli-about = Annoter des articles de presse : étiqueter affirmations, réfutations, cadrage et remplissage.
cli-long-about =
    Annoter des articles de presse : étiqueter affirmations, réfutations, cadrage et remplissage.

    Sans commande, ouvre la fenêtre : sur FILE (un projet .ron, ou un article à importer) ou, sans FILE, sur l’exercice d’exemple fourni.
cli-file-help = Un projet (.ron) à ouvrir, ou un article (.txt, .md, .html) à partir duquel créer un projet
cli-grade-help = Ouvrir la fenêtre sur l’écran de correction : FILE est le corrigé, FOLDER contient les travaux remis (corrigés aussitôt)
cli-lang-help = La langue des messages, de l’aide et de la fenêtre : en (anglais) ou fr (français) ; par défaut, celle du système (ou MARGINALIA_LANG)
cli-validate-about = Vérifier des fichiers de projet ; affiche chaque problème avec sa ligne et sa colonne. Code de sortie 0 si tous sont valides, 1 si l’un a des erreurs, 2 si un fichier ne peut pas être lu
cli-validate-strict-help = Échouer aussi (code 1) sur les avertissements, p. ex. des annotations qu’il a fallu réancrer
cli-import-about = Importer des articles (.txt, .md, .html, .mhtml, .docx, .odt, .epub, ou - pour l’entrée standard) dans un fichier de projet. Les ajoute à PROJECT s’il existe, sinon le crée
cli-import-out-help = Le fichier de projet à écrire
cli-import-title-help = Titre d’un nouveau projet (par défaut : le titre du premier article)
cli-import-role-help = Ce qu’est le nouveau projet
cli-import-instructions-help = Consignes montrées aux élèves
cli-import-author-help = Auteur (nom de l’enseignant ou de l’élève)
cli-import-whole-page-help = Garder tout ce que voit le lecteur d’une page Web (menus, pieds de page, liens connexes), pour les exercices où l’on repère le remplissage de la page. Par défaut, seul l’article est gardé
cli-grade-about = Corriger des travaux remis selon un corrigé : affiche un tableau, écrit le relevé de notes en CSV, chaque annotation en CSV, une page de sommaire du groupe et une page de rétroaction par élève. Code de sortie 0 si chaque fichier a été corrigé, 1 si certains n’ont pas pu être lus, 2 en cas d’erreur
cli-grade-key-help = Le corrigé (.ron)
cli-grade-submissions-help = Fichiers de travaux remis, ou dossiers qui en contiennent (chaque .ron à l’intérieur, sauf le corrigé)
cli-grade-out-help = Dossier du relevé de notes et des pages
cli-grade-threshold-help = Part de chevauchement (intersection sur union, de 0 à 1) qu’il faut à un surlignement pour compter comme trouvé
cli-grade-no-partial-credit-help = Ne donner aucun point aux chevauchements sous le seuil (par défaut, ils valent leur part de chevauchement en points partiels)
cli-grade-feedback-help = Les commentaires de l’enseignant (par défaut : marginalia-feedback.ron dans le dossier des travaux remis, quand un seul dossier est donné)
cli-grade-anonymous-help = Écrire le sommaire du groupe et annotations.csv avec « Élève 1 », « Élève 2 »… au lieu des noms (pour projeter ou partager), sans relevé de notes, pages de rétroaction ni fichier pour la plateforme (ils portent sur des élèves nommés)
cli-grade-roster-help = Un relevé de notes exporté de Canvas, Moodle, Brightspace ou Google Classroom (CSV) : écrire aussi le fichier qui y réimporte les résultats (docs/lms.md)
cli-grade-item-help = La colonne de notes de la liste des élèves à remplir (par son nom) ; une nouvelle colonne de ce nom s’il n’y en a pas. Par défaut : sa seule colonne, sinon une nouvelle au nom de l’exercice
cli-grade-points-help = Nombre maximal de points de l’élément, quand la liste des élèves ne le dit pas (Moodle ne le dit jamais). Les résultats de 0 à 100 y sont ramenés. Par défaut, 100
cli-grade-pairs-help = Associer à la main un travail remis à un élève de la liste : FILE=ID (le nom du fichier et l’identifiant de l’élève dans la liste). Retenu à côté des travaux remis
cli-stress-save-about = (Pour les tests de plantage.) Enregistrer des versions de TEMPLATE dans OUT en boucle jusqu’à l’arrêt forcé, en affichant le numéro de chaque version une fois enregistrée
cli-stress-save-autosave-help = Écrire des copies de secours dans le dossier OUT au lieu d’enregistrer dans le fichier OUT
cli-export-about = Exporter les surlignements d’un projet en CSV et en page HTML lisible
cli-export-out-help = Dossier où écrire (par défaut : le dossier du projet)
cli-paths-about = Afficher où sont gardés les réglages et les copies de récupération, et si le mode portable est actif (un fichier nommé marginalia-portable à côté du programme garde tout dans un dossier marginalia-data à cet endroit)

# --help : les mots de clap.
cli-usage-heading = Utilisation :
cli-heading-commands = Commandes :
cli-heading-arguments = Arguments :
cli-heading-options = Options :
cli-default-value = {"["}par défaut : { $value }]
cli-possible-values = {"["}valeurs possibles : { $values }]
cli-clap-print-help = Afficher l’aide
cli-clap-print-help-more = Afficher l’aide (plus de détails avec --help)
cli-clap-print-help-summary = Afficher l’aide (un résumé avec -h)
cli-clap-print-version = Afficher la version
cli-clap-print-command-help = Afficher ce message ou l’aide des sous-commandes données

# Ce que les commandes affichent.
cli-error = erreur : { $message }
cli-warning = avertissement : { $message }
cli-warning-in-file = avertissement : { $path } : { $message }
cli-error-in-file = erreur : { $path } : { $message }
cli-unknown-language = il n’y a pas de langue « { $code } » ; --lang accepte l’une de celles-ci : { $available }
cli-no-window = cette version de marginalia a été compilée sans la fenêtre (fonctionnalité « gui ») ; utilisez une commande comme « marginalia validate FILE » (voir « marginalia --help »)
cli-wrote = écrit : { $path }
cli-cannot-create-folder = impossible de créer le dossier { $folder }
cli-validate-invalid = { $file } : NON VALIDE ({ $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    })
cli-validate-ok = { $file } : valide ({ $role ->
        [key] corrigé
        [submission] travail remis
       *[assignment] devoir
    }, { $articles ->
        [one] { $articles } article
       *[other] { $articles } articles
    }, { $tags ->
        [one] { $tags } étiquette
       *[other] { $tags } étiquettes
    }, { $annotations ->
        [one] { $annotations } annotation
       *[other] { $annotations } annotations
    }{ $warnings ->
        [0] {""}
        [one] , { $warnings } avertissement
       *[other] , { $warnings } avertissements
    })
cli-export-has-problems =
    le projet a des problèmes, donc son exportation serait incomplète ; corrigez-les d’abord (« marginalia validate { $file } » les énumère) :
    {"  "}{ $problems }
cli-import-project-has-errors = { $file } contient des erreurs ; corrigez-les (voir « marginalia validate ») avant d’y ajouter des articles
cli-import-nothing-written = rien n’a été écrit ; corrigez les fichiers ci-dessus et relancez la commande
cli-import-wrote = écrit : { $path } ({ $articles ->
        [one] { $articles } article
       *[other] { $articles } articles
    })
cli-cannot-read-stdin = impossible de lire l’entrée standard
cli-stdin-too-large = l’entrée standard dépasse la limite de { $megabytes } Mo par article
cli-imported = importé : { $path }, sous le titre « { $title } » (identifiant { $id }, { $description }, encodage { $encoding }, { $characters } caractères)
cli-imported-keep-whole-page = pour garder plutôt la page entière, importez-la de nouveau avec --whole-page
cli-imported-source = source : { $byline }
cli-imported-address = adresse : { $url }
cli-grade-bad-threshold = --threshold doit être plus grand que 0 et au plus 1 (c’est la part de chevauchement qu’il faut à un surlignement pour compter comme trouvé) ; reçu : { $threshold }
cli-grade-no-submissions = aucun fichier de travail remis (.ron) trouvé dans ce qui a été donné.
cli-grade-progress = correction { $done }/{ $total }…
cli-grade-not-graded = non corrigé : { $error }
cli-grade-wrote-anonymous = écrit : { $summary } et { $annotations }, avec « Élève 1 », « Élève 2 »… au lieu des noms (sans relevé de notes ni pages de rétroaction)
cli-grade-wrote = écrit : { $gradebook }, { $annotations }, { $summary } et { $pages ->
        [one] { $pages } page de rétroaction
       *[other] { $pages } pages de rétroaction
    } dans { $folder }
cli-grade-column-student = élève
cli-grade-column-score = résultat
cli-grade-column-precision = P %
cli-grade-column-recall = R %
cli-grade-column-f1 = F1 %
cli-grade-column-kappa = kappa
cli-grade-column-problems = problèmes
cli-grade-score-set-by-teacher = {"*"} résultat fixé par l’enseignant ({ $count }) ; le relevé de notes contient le résultat selon le corrigé et la raison
cli-grade-summary = { $graded ->
        [one] { $graded } corrigé
       *[other] { $graded } corrigés
    }, { $failed ->
        [one] { $failed } non corrigé
       *[other] { $failed } non corrigés
    } ; résultat moyen { $mean } ; accord du groupe (alpha de Krippendorff) { $alpha }
cli-grade-discussion = pour la discussion en groupe : { $uncharted ->
        [one] { $uncharted } lecture faite par beaucoup d’élèves qui manque au corrigé
       *[other] { $uncharted } lectures faites par beaucoup d’élèves qui manquent au corrigé
    }, { $contested ->
        [one] { $contested } passage du corrigé que peu ont trouvé ou que beaucoup ont étiqueté autrement
       *[other] { $contested } passages du corrigé que peu ont trouvés ou que beaucoup ont étiquetés autrement
    } (class-summary.html les énumère)
cli-grade-article-alpha = alpha { $alpha }  { $title }
cli-lms-bad-points = --points doit être un nombre plus grand que 0 (le nombre maximal de points de l’élément) ; reçu : { $points }
cli-lms-bad-pair = --pair attend FILE=ID (le nom du fichier d’un travail remis et l’identifiant de l’élève dans la liste) ; reçu : « { $pair } »
cli-lms-unknown-id = --pair { $pair } : aucun élève de { $roster } n’a l’identifiant « { $id } » ; les identifiants sont dans sa première colonne d’identité ({ $column })
cli-lms-pairs-not-remembered = note : les associations ne sont pas retenues (donnez un seul dossier de travaux remis, ou --feedback FILE, pour les garder)
cli-lms-new-column = { $name } (une nouvelle colonne)
cli-lms-wrote = écrit : { $path } pour { $lms } (élèves : { $filled } sur { $students }), dans la colonne « { $column } »
cli-lms-existing-columns = pour remplir plutôt une colonne existante, donnez --item avec l’une de celles-ci : { $columns }
cli-lms-not-in-roster = absent de la liste des élèves : { $student } ({ $file }) ; associez-le à la main avec --pair "{ $file }=ID"
cli-lms-without-submission = dans la liste des élèves sans travail remis ({ $count }) : { $names }
# marginalia paths : où vont les réglages et les copies de récupération (src/cli/paths_cmd.rs).
cli-paths-settings = réglages : { $path }
cli-paths-recovery = copies de récupération : { $path }
cli-paths-unknown = (inconnu : aucun dossier personnel trouvé)
cli-paths-portable-on = mode portable : actif ({ $marker } est à côté du programme ; tout est gardé dans { $folder } à cet endroit)
cli-paths-portable-off = mode portable : inactif (un fichier vide nommé { $marker } à côté du programme garderait tout dans un dossier { $folder } à cet endroit)

## end of cli


## errors-project: Errors and warnings: project files, saving, locks, recovery (src/project_file/, session.rs, lock.rs, recovery.rs, workflow.rs). Ids: file-*, save-*, lock-*, recovery-*.

# Les erreurs du cœur s'affichent dans la fenêtre (élèves) comme en ligne de commande
# (enseignants) : consignes à l'infinitif, sans tutoyer ni vouvoyer.
file-problem-error = erreur : { $message }
file-problem-warning = avertissement : { $message }
file-cannot-read = impossible de lire { $path } : { $reason }
file-too-large = { $path } fait { $size } Mo, trop pour un fichier de projet (la limite est de { $limit } Mo) ; est-ce le bon fichier ?
file-not-text = ce n’est pas un fichier texte (UTF-8 non valide) ; un fichier de projet est du texte RON simple. Ouvrir l’original, ou le fichier .bak à côté.
file-empty = { $path } est vide : il a sans doute été coupé pendant un enregistrement ou une copie. Essayer le fichier .bak à côté.
file-not-a-project = { $path } n’est pas un projet Marginalia (il n’a pas de ligne {"`format: \""}{ $format }{"\"`"}). Pour annoter un article, l’importer plutôt.
file-newer-version = { $path } a été créé par une version plus récente de Marginalia (format de fichier { $found }, cette version lit jusqu’au { $current }) — mettre Marginalia à jour pour l’ouvrir.
file-unknown-version = { $path } a la version de format { $found }, qu’aucun Marginalia n’a jamais écrite ; vérifier la ligne {"`version:`"} (elle devrait être { $current }).
file-no-version = le fichier n’a pas de champ {"`version:`"} ; ajouter {"`version: "}{ $current }{",`"} après la ligne {"`format:`"}
file-syntax-too-deep = les valeurs sont imbriquées bien plus profondément que dans tout fichier de projet (plus de { $limit } niveaux) ; le fichier est endommagé, ou ce n’est pas un projet
file-syntax-number-out-of-bounds = ce nombre est négatif ou beaucoup trop grand (les positions et les identifiants sont des nombres entiers à partir de 0)
file-syntax-no-such-variant = `{ $found }` n’est pas permis ici ; écrire l’une de ces valeurs : { $expected }
file-syntax-expected-struct = `(` attendu ici : un fichier de projet est du RON, qui commence par `(` (le JSON et les autres formats ne peuvent pas être ouverts)
file-syntax-hint-option = { $error } (écrire la valeur elle-même, p. ex. {"`note: \"texte\"`"}, ou retirer le champ)
file-syntax-hint-eof = { $error } (le fichier se termine trop tôt : il a sans doute été coupé pendant un enregistrement ou une copie ; essayer le fichier .bak à côté)
file-syntax-hint-missing-field = { $error } (ajouter le champ, ou restaurer le fichier à partir de son .bak)
file-syntax-hint-wrong-type = { $error } (la valeur n’a pas le bon type ici)
file-syntax-hint-array = { $error } (une liste entre crochets est attendue ici)
file-syntax-hint-comma = { $error } (il manque une virgule à la fin de la valeur précédente, ou un guillemet `"` est resté ouvert plus haut)
file-tag-empty-id = l’étiquette « { $name } » a un identifiant vide ; lui en donner un, p. ex. {"id: \"claim\""}
file-tag-id-twice = l’identifiant d’étiquette « { $id } » est utilisé deux fois ; la deuxième étiquette a été laissée de côté. Donner à chaque étiquette son propre identifiant.
file-tag-bad-color = étiquette « { $id } » : « { $color } » n’est pas une couleur ; l’écrire sous la forme "#RRGGBB", p. ex. "#0072B2" ; le gris est utilisé à la place
file-tag-key-taken = étiquette « { $id } » : la touche « { $key } » est déjà utilisée par une autre étiquette ; cette étiquette n’a plus de touche
file-tag-key-too-long = étiquette « { $id } » : une touche doit être un seul caractère, pas « { $key } » ; cette étiquette n’a plus de touche
file-article-empty-id = l’article « { $title } » a un identifiant vide ; il a été laissé de côté
file-article-id-twice = l’identifiant d’article « { $id } » est utilisé deux fois ; le deuxième article a été laissé de côté. Donner à chaque article son propre identifiant.
file-article-text-changed = le texte de l’article « { $id } » a été modifié après son enregistrement (son sha256 ne correspond plus) ; les annotations ont été vérifiées d’après leurs citations
file-annotation-problem = annotation { $id } : { $problem }
file-annotation-id-twice = cet identifiant est utilisé deux fois ; cette annotation a été laissée de côté. Lui donner un numéro inutilisé.
file-annotation-no-article = il n’y a pas d’article « { $article } » dans ce fichier ; elle a été laissée de côté
file-annotation-unknown-tag = étiquette inconnue « { $tag } » (les étiquettes de ce fichier sont : { $known }) ; elle a été laissée de côté
file-annotation-bad-time = « { $value } » n’est pas une date et une heure comme « 2026-11-23T09:30:00Z » ; elle a été remise à zéro
file-alternative-not-same-article = l’annotation { $id } est marquée comme une autre lecture de { $of }, qui n’est pas un passage du même article ; elle compte comme un passage à part entière
file-span-reversed = le début ({ $start }) est après la fin ({ $end }) ; les inverser
file-span-empty = l’étendue { $start }..{ $end } est vide ; une annotation doit couvrir du texte
file-span-past-end-no-quote = l’étendue { $start }..{ $end } dépasse la fin de l’article ({ $length } caractères) et il n’y a pas de citation pour la retrouver
file-quote-moved = le texte en { $start }..{ $end } n’est pas sa citation « { $quote } » ; la citation a été trouvée en { $new_start }..{ $new_end } et l’annotation y a été déplacée
file-quote-lost-text-there = le texte en { $start }..{ $end } est « { $text } »
file-quote-lost-past-end = { $start }..{ $end } dépasse la fin de l’article ({ $length } caractères)
file-quote-lost = sa citation « { $quote } » n’est pas dans l’article ({ $place }) ; elle a été laissée de côté. L’article a peut-être été modifié : le restaurer, ou corriger start, end et quote.
file-span-inside-character = l’étendue commençait ou finissait au milieu d’un caractère (p. ex. entre une lettre et son accent, ou dans un émoji) ; elle a été élargie aux caractères entiers

save-io = impossible d’enregistrer dans { $path } : { $reason }. Le travail est toujours ouvert et l’ancien fichier est intact ; { $advice }
save-reason-disk-full = le disque est plein
save-reason-permission-denied = l’écriture n’est pas permise à cet endroit
save-reason-read-only = ce disque est en lecture seule
save-reason-no-folder = le dossier n’existe pas (ou plus)
save-advice-disk-full = libérer de l’espace, ou utiliser Enregistrer sous pour enregistrer sur un autre disque (une clé USB).
save-advice-other-folder = utiliser Enregistrer sous pour enregistrer dans un autre dossier (Documents, une clé USB).
save-would-downgrade = { $path } a été écrit par une version plus récente de Marginalia (format { $found }) ; enregistrer par-dessus perdrait ce que cette version a conservé. Utiliser Enregistrer sous pour choisir un autre nom.
save-no-path = ce projet n’a pas encore été enregistré ; choisir où l’enregistrer (Enregistrer sous)
save-changed-on-disk = { $path } a été modifié par un autre programme ou une autre fenêtre de Marginalia depuis son ouverture ; enregistrer maintenant écraserait ces modifications. Utiliser Enregistrer sous pour garder les deux, ou choisir d’écraser.
save-serialize = impossible d’écrire le projet en RON : { $reason }
save-bad-span = impossible d’enregistrer : le surlignement { $annotation } de l’article « { $article } » ne commence ou ne finit pas sur des caractères entiers, donc sa position ne peut pas être écrite. Rien n’a été écrit et le travail est toujours ouvert ; merci de signaler ce problème (c’est un bogue), et d’annuler la dernière modification de ce surlignement avant d’enregistrer de nouveau.

lock-owner = { $who } sur { $host } (depuis { $since })
lock-someone = quelqu’un
lock-this-computer = cet ordinateur

## end of errors-project


## errors-import: Errors and reports: importing articles (src/import/). Ids: import-*.

# Lu dans la fenêtre comme en ligne de commande : consignes à l'infinitif.
import-cannot-read = impossible de lire { $path } : { $reason }
import-too-large = { $path } fait { $size } Mo ; les articles de plus de { $limit } Mo sont refusés. Le découper ou n’importer que le texte de l’article.
import-empty = { $subject } est vide : il n’y a aucun texte à annoter
import-binary = { $subject } semble être { $what }, pas du texte. { $supported } Ou copier le texte de l’article et le coller dans un nouveau projet (Fichier > Nouveau à partir du presse-papiers).
import-too-deep = { $subject } imbrique ses éléments sur environ { $depth } niveaux ; les vrais articles en utilisent quelques dizaines, donc le fichier est endommagé ou fait pour bloquer les programmes. Copier plutôt le texte de l’article et le coller (Fichier > Nouveau à partir du presse-papiers).
import-unsupported = { $subject } est { $what }, que Marginalia ne lit pas. { $supported } Ou copier le texte de l’article et le coller dans un nouveau projet (Fichier > Nouveau à partir du presse-papiers).
import-damaged = { $subject } est { $format } illisible : { $detail }. L’ouvrir dans le programme qui l’a créé et l’enregistrer de nouveau, ou copier son texte et le coller (Fichier > Nouveau à partir du presse-papiers).
import-too-big = { $subject } est { $format } et a été refusé : { $detail }. L’ouvrir dans le programme qui l’a créé et n’enregistrer que l’article, ou copier son texte et le coller (Fichier > Nouveau à partir du presse-papiers).
import-no-text-layer = { $subject } est un PDF { $pages ->
        [one] d’une page
       *[other] de { $pages } pages
    } sans texte, seulement des images de pages (une numérisation ou une photo). L’ouvrir dans un programme qui reconnaît le texte (ROC), ou trouver l’article en ligne, et importer plutôt ce résultat.
import-encrypted = { $subject } est un PDF protégé par un mot de passe. L’ouvrir avec son mot de passe et l’imprimer dans un nouveau PDF (ou l’enregistrer en texte), puis importer ce fichier.
import-no-text = { $subject } n’a aucun texte lisible une fois le balisage { $kind } retiré
import-subject-text = le texte
import-kind-text = texte
import-supported = Marginalia lit les fichiers texte (.txt), Markdown (.md), les pages Web (.html, et .mhtml enregistrées en « Page Web, fichier unique »), PDF, Word (.docx), OpenDocument (.odt) et EPUB.

# Ce qu'est un fichier, dans les erreurs ci-dessus.
import-what-binary = un fichier binaire
import-what-zip = une archive ZIP (un .docx, un .odt ou un .epub en est une)
import-what-png = une image PNG
import-what-jpeg = une image JPEG
import-what-gif = une image GIF
import-what-old-office = un ancien document Microsoft Office
import-what-rtf = un document RTF
import-what-program = un programme
import-what-other-zip = une archive ZIP qui n’est pas un document Word, OpenDocument ou EPUB
import-format-pdf = un document PDF
import-format-epub = un livre EPUB
import-format-odt = un texte OpenDocument
import-format-docx = un document Word
import-format-mhtml = une page Web enregistrée (MHTML)
import-format-zip = une archive ZIP
import-format-zip-document = une archive ZIP (comme les fichiers .docx, .odt et .epub)

# Pourquoi un document n'a pas pu être lu.
import-pdf-damaged = il est endommagé ou tronqué ({ $reason })
import-pdf-structure = sa structure n’a pas pu être suivie
import-pdf-too-many-objects = il contient { $objects } objets (les articles en contiennent quelques milliers)
import-pdf-too-many-pages = il a { $pages } pages ; n’importer que les pages de l’article
import-pdf-missing-parts = une de ses pages renvoie à des parties que le fichier n’a pas
import-epub-no-package = son conteneur ne nomme aucun fichier de paquet
import-epub-package-missing = son fichier de paquet { $path } est manquant
import-mhtml-not-mime = ce n’est pas un message MIME
import-mhtml-no-html = il ne contient aucune page HTML
import-xml-error = { $error } (à l’octet { $byte })
import-zip-too-many-files = il contient { $files } fichiers (les documents en contiennent quelques dizaines)
import-zip-bomb = sa partie { $part } se décompresse en { $size } Mo ou plus, bien au-delà de tout article ; c’est peut-être une « bombe ZIP »
import-zip-part-missing = il n’a pas de { $part }
import-zip-part-missing-what = il n’a pas de { $part }, { $what }
import-part-text = la partie qui contient le texte
import-zip-no-contents = sa table des matières est manquante ou endommagée, comme quand un téléchargement ou une copie est interrompu

# Avertissements et ce qui a été lu (après une importation).
import-encoding-guessed = le fichier n’est pas en UTF-8 ; il a été lu en { $encoding } (détecté d’après ses octets). Si des lettres semblent fausses, enregistrer l’article en UTF-8 et l’importer de nouveau.
import-encoding-errors = certains octets n’étaient pas du { $encoding } valide ; ils s’affichent comme �
import-described-docx = document Word
import-described-odt = texte OpenDocument
import-described-epub = EPUB, { $chapters ->
        [one] { $chapters } chapitre
       *[other] { $chapters } chapitres
    }
import-described-pdf = PDF, { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }{ $columns ->
        [0] {""}
       *[other] , { $columns } colonnes
    }
import-described-markdown = Markdown
import-described-text = texte
import-described-web-page = page Web
import-described-mhtml = page Web enregistrée (MHTML)
import-described-pasted = texte collé
import-described-article-kept = { $page } : article gardé ({ $article_words } mots), { $left_out_words } mots de remplissage de la page laissés de côté
import-described-whole-page-kept = { $page } : la page entière gardée ({ $words } mots)
import-pasted-title = Texte collé

## end of errors-import


## errors-grading: Errors and notices: grading, LMS, edits (src/grade/). Ids: grade-*.

grade-list-separator = {", "}
grade-problem-separator = {" ; "}
grade-quoted = « { $quote } »
grade-article-missing = { $count ->
    [one] L’article « { $title } » manque dans ce travail remis : { $count } passage du corrigé compte donc comme manqué.
   *[other] L’article « { $title } » manque dans ce travail remis : ses { $count } passages du corrigé comptent donc comme manqués.
}
grade-article-text-differs = { $count ->
    [one] Le texte de « { $title } » diffère de celui du corrigé (une autre version ou une copie modifiée) : { $placed } surlignement sur { $count } a été replacé grâce aux mots cités.
   *[other] Le texte de « { $title } » diffère de celui du corrigé (une autre version ou une copie modifiée) : { $placed } surlignements sur { $count } ont été replacés grâce aux mots cités.
}
grade-article-text-differs-lost = { $count ->
    [one] Le texte de « { $title } » diffère de celui du corrigé (une autre version ou une copie modifiée) : { $placed } surlignement sur { $count } a été replacé grâce aux mots cités. { $lost } est introuvable dans le texte du corrigé et n’a pas été corrigé : { $quotes }.
   *[other] Le texte de « { $title } » diffère de celui du corrigé (une autre version ou une copie modifiée) : { $placed } surlignements sur { $count } ont été replacés grâce aux mots cités. { $lost } sont introuvables dans le texte du corrigé et n’ont pas été corrigés : { $quotes }.
}
grade-article-not-in-key = { $count ->
    [one] L’article « { $title } » n’est pas dans le corrigé ; { $count } surlignement n’a pas été corrigé.
   *[other] L’article « { $title } » n’est pas dans le corrigé ; ses { $count } surlignements n’ont pas été corrigés.
}
grade-unknown-tag = { $count ->
    [one] { $count } surlignement utilise l’étiquette « { $tag } », que le corrigé n’a pas ; { $rule }.
   *[other] { $count } surlignements utilisent l’étiquette « { $tag } », que le corrigé n’a pas ; { $rule }.
}
grade-unknown-tag-rule = ils ne rapportent aucun point : sur un passage du corrigé, ils comptent comme mauvaise étiquette, ailleurs comme en trop
grade-confusion-extra = (pas dans le corrigé : en trop)
grade-confusion-missed = (rien : manqué)
grade-confusion-unknown-tag = (une étiquette absente du corrigé)
grade-terms-optional = facultatif
grade-terms-points = { $points ->
    [one] { $points } point
   *[other] { $points } points
}
grade-terms-other-readings = { $count ->
    [one] { $count } autre lecture
   *[other] { $count } autres lectures
}
grade-no-student-name = Le fichier ne porte pas de nom d’élève ; le nom du fichier est utilisé à la place.
grade-unnamed = sans nom
grade-file-is-a-key = Ce fichier est marqué comme corrigé, pas comme travail remis par un élève.
grade-file-has-problems = { $count ->
    [one] Le fichier a { $count } problème (ces parties n’ont pas été corrigées) : { $problems }
   *[other] Le fichier a { $count } problèmes (ces parties n’ont pas été corrigées) : { $problems }
}
grade-same-student = Un autre fichier porte le nom du même élève : { $files }. Vérifier lequel garder.
grade-anonymous-unreadable = ce fichier n’a pas pu être lu
grade-pseudonym = Élève { $number }
grade-verdict-found = trouvé
grade-verdict-partly = trouvé en partie
grade-verdict-wrong-tag = mauvaise étiquette
grade-verdict-extra = en trop
grade-error-key-has-errors = le corrigé comporte des problèmes, donc corriger avec lui donnerait de faux résultats ; il faut d’abord les régler (`marginalia validate { $path }` les énumère) :
    {"  "}{ $problems }
grade-error-key-without-highlights = { $path } n’a aucun surlignement, donc il n’y a rien à quoi comparer ; il faut l’ouvrir et annoter d’abord le corrigé.
grade-error-folder = impossible de lire le dossier { $path } : { $reason }
grade-error-no-such-input = { $path } n’existe pas ; indiquer des fichiers de travaux remis ou un dossier qui en contient.
grade-error-read-feedback = impossible de lire { $path } : { $reason }
grade-error-feedback-syntax = { $path }{":"}{ $line }{":"}{ $column } : { $reason } — les commentaires de l’enseignant n’ont pas pu être lus ; réparer ou supprimer le fichier.
grade-error-save-feedback = impossible d’enregistrer { $path } : { $reason }
grade-error-encode-feedback = impossible d’écrire les commentaires de l’enseignant : { $reason }

## end of errors-grading


## errors-lms-edit: Errors and notices: LMS rosters, edits (src/lms/, src/edit/). Ids: lms-*, edit-*.

# Listes des élèves des plateformes, lues dans la fenêtre comme en ligne de commande : consignes à l’infinitif.
lms-cannot-read = impossible de lire { $path } : { $reason }
lms-unknown-layout = { $path } : ce n’est pas un relevé de notes exporté de Canvas, Moodle, Brightspace ou Google Classroom (sa première ligne est « { $header } ») ; exporter le relevé de notes en CSV à partir de la plateforme et donner ce fichier.
lms-not-text = { $path } : ce n’est pas un fichier texte (CSV) ; exporter le relevé de notes en CSV à partir de la plateforme et donner ce fichier.
lms-csv = { $path } : ligne { $line } : { $message }
lms-no-students = { $path } : le relevé de notes ne contient aucun élève ; l’exporter de nouveau avec les élèves.
lms-no-such-item = { $path } : aucune colonne de notes ne correspond à « { $wanted } » ; ses colonnes de notes sont : { $available }.
lms-no-columns = aucune
lms-write = impossible de produire le fichier d’importation : { $reason }
lms-write-no-column = pas de colonne de notes { $column }

# Pour l'élève (la fenêtre) : tutoiement.
edit-no-such-annotation = il n’y a pas d’annotation { $id }
edit-annotation-exists = l’annotation { $id } existe déjà
edit-stale-annotation = l’annotation { $id } a changé depuis cette modification
edit-no-such-article = il n’y a pas d’article « { $id } » dans ce projet
edit-article-exists = un article d’identifiant « { $id } » est déjà dans ce projet
edit-article-in-use = l’article « { $id } » a encore { $count ->
        [one] { $count } annotation ; retire-la d’abord
       *[other] { $count } annotations ; retire-les d’abord
    }
edit-no-such-tag = il n’y a pas d’étiquette « { $id } » dans le jeu d’étiquettes de ce projet
edit-tag-exists = une étiquette d’identifiant « { $id } » existe déjà
edit-key-taken = la touche « { $key } » est déjà utilisée par l’étiquette « { $by } » ; choisis une autre touche
edit-empty-tag-id = l’identifiant de l’étiquette ne peut pas être vide
edit-tag-in-use = l’étiquette « { $id } » est utilisée par { $count ->
        [one] { $count } annotation ; choisis une étiquette vers laquelle la déplacer, ou supprime-la
       *[other] { $count } annotations ; choisis une étiquette vers laquelle les déplacer, ou supprime-les
    }
edit-empty-selection = la sélection est vide (ou ne contient que des espaces) ; sélectionne d’abord du texte
edit-out-of-range = la sélection est en dehors du texte de l’article
edit-splits-character = la sélection commence ou finit au milieu d’un caractère
edit-bad-index = la position { $index } n’est pas dans la liste
edit-stale = le projet a changé depuis cette modification
edit-bad-alternative = { $id } ne peut pas être une autre lecture de { $of } : ce doit être un passage du même article qui n’est pas lui-même une autre lecture

# Ce qu'est une modification, pour Annuler et Rétablir.
edit-label-add-annotation = ajout d’annotation
edit-label-delete-annotation = suppression d’annotation
edit-label-retag = changement d’étiquette
edit-label-resize = redimensionnement
edit-label-edit-note = modification de note
edit-label-add-article = ajout d’article
edit-label-remove-article = retrait d’article
edit-label-add-tag = ajout d’étiquette
edit-label-delete-tag = suppression d’étiquette
edit-label-change-tag = modification d’étiquette
edit-label-reorder-tags = réorganisation des étiquettes
edit-label-edit-details = modification des détails du projet
edit-label-edit-source = modification de la source de l’article

## end of errors-lms-edit


## exports: Exported pages and CSV (src/export/): feedback pages, class summary, column headers that no LMS reads. Ids: export-*.

export-percent = { NUMBER($percent, maximumFractionDigits: 0) } %
export-overlap = ({ NUMBER($percent, maximumFractionDigits: 0) } % de chevauchement)
export-col-tag = Étiquette
export-col-in-key = Dans le corrigé
export-col-found = Trouvés
export-col-partly = En partie
export-col-wrong-tag = Mauvaise étiquette
export-col-missed = Manqués
export-col-extra = En trop
export-col-precision = Précision
export-col-recall = Rappel
export-col-f1 = F1
export-col-kappa = κ
export-col-problems = Problèmes
export-col-student = Élève
export-col-score = Résultat
export-col-key-passage = Passage du corrigé
export-col-key-tag = Étiquette du corrigé
export-col-you = Toi
export-col-why = Pourquoi (selon le corrigé)
export-col-your-highlight = Ton surlignement
export-col-your-tag = Ton étiquette
export-col-your-note = Ta note
export-col-mean-score = Résultat moyen
export-col-median = Médiane
export-col-lowest = Plus bas
export-col-highest = Plus haut
export-col-class-alpha = Accord du groupe (α de Krippendorff)
export-col-article = Article
export-col-key-passages = Passages du corrigé
export-col-article-alpha = Accord du groupe (α)
export-col-mean-precision = Précision moyenne
export-col-mean-recall = Rappel moyen
export-col-mean-f1 = F1 moyen
export-col-passage = Passage
export-col-highlight = Surlignement
export-col-note = Note
export-feedback-heading = Rétroaction pour { $student }
export-feedback-subtitle = { $title } · comparé au corrigé · seuil de { NUMBER($threshold, maximumFractionDigits: 0) } % de chevauchement
export-feedback-score-set = fixé par ton enseignant : { $reason } ; selon le corrigé : { $graded } ; accord avec le corrigé, κ de Cohen : { $kappa }
export-feedback-score = accord avec le corrigé, κ de Cohen : { $kappa }
export-feedback-comment = Le commentaire de ton enseignant
export-feedback-by-tag = Par étiquette
export-feedback-all-tags = Toutes les étiquettes
export-feedback-file-notes = Remarques sur ton fichier
export-feedback-page-title = Rétroaction : { $student }
export-feedback-article-absent = Cet article n’était pas dans ton fichier, donc chaque passage ci-dessous compte comme manqué.
export-confusion-intro = L’étiquette que tu as choisie pour les passages du corrigé (lignes : le corrigé, colonnes : toi) :
export-confusion-corner = Corrigé \ Toi
export-verdict-found = ✓ trouvé
export-verdict-partly = ◐ trouvé en partie
export-verdict-tagged-as = ✗ étiqueté { $tag }
export-verdict-optional-missed = – pas trouvé (facultatif : aucune pénalité)
export-verdict-missed = – manqué
export-your-note = Ta note : { $note }
export-extras-intro = Tes surlignements qui ne sont pas dans le corrigé :
export-legend-in-the-text = {"Dans le texte\u00A0: "}
export-legend-found = trouvé
export-legend-partly = trouvé en partie
export-legend-wrong-tag = mauvaise étiquette
export-legend-not-in-key = pas dans le corrigé
export-legend-key = soulignement pointillé = les passages du corrigé
export-tag-with-terms = { $tag } ({ $terms })
export-summary-heading = Résultats du groupe : { $title }
export-summary-subtitle = { $count ->
    [one] { $count } travail remis corrigé, fichiers illisibles : { $failed } · seuil de { NUMBER($threshold, maximumFractionDigits: 0) } % de chevauchement
   *[other] { $count } travaux remis corrigés, fichiers illisibles : { $failed } · seuil de { NUMBER($threshold, maximumFractionDigits: 0) } % de chevauchement
}
export-summary-subtitle-partial-credit = { $count ->
    [one] { $count } travail remis corrigé, fichiers illisibles : { $failed } · seuil de { NUMBER($threshold, maximumFractionDigits: 0) } % de chevauchement, points partiels activés
   *[other] { $count } travaux remis corrigés, fichiers illisibles : { $failed } · seuil de { NUMBER($threshold, maximumFractionDigits: 0) } % de chevauchement, points partiels activés
}
export-summary-by-article = Par article
export-summary-students = Élèves
export-summary-by-tag = Par étiquette (moyenne du groupe)
export-summary-hardest = Passages du corrigé, du plus difficile au plus facile
export-summary-failures = Fichiers qui n’ont pas pu être corrigés
export-summary-failure = { $file } : { $error }
export-discussion-heading = Pour discuter en groupe
export-discussion-nothing = Rien ne ressort : aucune lecture faite par beaucoup d’élèves ne manque au corrigé, et chaque passage du corrigé a été trouvé par la plupart.
export-discussion-uncharted = Lectures faites par beaucoup d’élèves que le corrigé n’a pas (en ajouter une au corrigé depuis la carte de chaleur de l’écran de correction, ou discuter des raisons de ne pas le faire) :
export-discussion-uncharted-item = « { $quote } » — { $tag }, par { $students } { $of ->
    [one] sur { $of } élève
   *[other] sur { $of } élèves
}
export-discussion-contested = Passages du corrigé que peu d’élèves ont trouvés, ou que beaucoup ont étiquetés autrement (le passage est-il clair ? son étiquette se discute-t-elle ?) :
export-discussion-contested-item = « { $quote } » — le corrigé : { $tag } ; trouvé par { $found } sur { $of }, étiqueté autrement par { $otherwise }
export-role-assignment = devoir
export-role-key = corrigé
export-role-submission = travail remis
export-project-role-by = { $role } par { $author }
export-project-no-highlights = Aucun surlignement.
export-csv-student = Élève
export-csv-file = Fichier
export-csv-score = Résultat
export-csv-score-as-graded = Résultat selon le corrigé
export-csv-precision = Précision %
export-csv-recall = Rappel %
export-csv-f1 = F1 %
export-csv-kappa = Kappa
export-csv-found = Trouvés
export-csv-partial = En partie
export-csv-wrong-tag = Mauvaise étiquette
export-csv-missed = Manqués
export-csv-extra = En trop
export-csv-tag-f1 = { $tag } F1 %
export-csv-problems = Problèmes
export-csv-override-reason = Résultat fixé par l’enseignant parce que
export-csv-not-graded = (non corrigé)
export-csv-col-student = élève
export-csv-col-file = fichier
export-csv-col-article = article
export-csv-col-start = début
export-csv-col-end = fin
export-csv-col-tag = étiquette
export-csv-col-quote = citation
export-csv-col-note = note
export-csv-col-outcome = verdict
export-csv-col-highlights = surlignements
export-csv-col-author = auteur
export-csv-outcome-found = trouvé
export-csv-outcome-partial = trouvé en partie
export-csv-outcome-wrong-tag = mauvaise étiquette
export-csv-outcome-extra = en trop
export-csv-outcome-missed = manqué
export-error-write = impossible d’écrire { $path } : { $reason }
export-error-folder = impossible de créer le dossier { $path } : { $reason }
export-error-csv = impossible de créer le fichier CSV : { $reason }

## end of exports

