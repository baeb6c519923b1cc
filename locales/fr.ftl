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
grading-tab-review = Revoir un élève
grading-export = Exporter le relevé de notes et les pages…
grading-lms = Résultats pour l’ENA…
grading-lms-tooltip = Ouvrir le relevé de notes exporté de Canvas, Moodle, Brightspace ou Google Classroom (CSV) pour écrire le fichier qui y importe les résultats
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
grading-progress = { $done } fichiers sur { $total }
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
grading-col-precision = Précision %
grading-col-recall = Rappel %
grading-col-f1 = F1 %
grading-col-tag-f1 = { $tag } F1
grading-col-kappa = κ
grading-col-problems = Problèmes
grading-sort-tooltip = Trier selon cette colonne ; cliquer de nouveau pour inverser
grading-open-review = ouvrir la revue
grading-open-review-of = { $file } — ouvrir la revue
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
    [one] par { $students } élève sur { $of }
   *[other] par { $students } élèves sur { $of }
}
grading-add-to-key = Ajouter au corrigé
grading-add-reading-tooltip = Ajoute cette lecture au corrigé comme passage facultatif, enregistre le corrigé et corrige le groupe de nouveau
grading-key-passages-heading = Les passages du corrigé, les moins trouvés d’abord
grading-passage-outcomes = trouvé par { $found } sur { $of } · en partie { $partly } · mauvaise étiquette { $wrong }
grading-heat-count = { $students ->
    [one] { $count } élève sur { $students }
   *[other] { $count } élèves sur { $students }
}
grading-heat-not-in-key = pas un passage du corrigé
grading-heat-key-tag = corrigé : { $tag }
grading-review-student-label = Élève :
grading-choose = choisir…
grading-review-choose-student = Choisis un élève, ou clique sur un nom dans le tableau du groupe.
grading-review-totals = résultat { $score } · trouvés { $found } · en partie { $partly } · mauvaise étiquette { $wrong } · manqués { $missed } · en trop { $extra } · κ { $kappa }
grading-confusion-heading = Étiquettes choisies : corrigé (lignes) contre l’élève (colonnes)
grading-confusion-corner = corrigé \ élève
grading-comment-for = Commentaire pour { $student }
grading-comment-hint = Écrit sur la page de rétroaction de l’élève
grading-save-comments = Enregistrer les commentaires
grading-comments-unsaved = non enregistré
grading-comments-saved-beside = enregistré à côté des travaux remis
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
grading-lms-heading = Résultats pour { $lms } ({ $file }) : { $paired } élèves jumelés sur { $students }
grading-lms-column = Colonne de note :
grading-lms-new-column = { $name } (une nouvelle colonne)
grading-lms-points-from-roster = sur { $points } points (selon la liste)
grading-lms-out-of = sur
grading-lms-points-suffix = {" points"}
grading-lms-unmatched = Pas dans la liste sous ce nom : { $student } ({ $file }) est
grading-lms-without-submission = Dans la liste sans travail remis (leur note reste telle quelle) : { $names }
grading-lms-write = Écrire le fichier d’importation…
grading-lms-close = Fermer la liste
grading-lms-pick-import = Où écrire le fichier à importer dans l’ENA
grading-lms-written = { $path } écrit pour { $lms } : { $count } élèves. Importe-le là-bas (docs/lms.md explique comment).

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

grade-list-separator = {", "}
grade-problem-separator = {" ; "}
grade-quoted = « { $quote } »
grade-article-missing = { $count ->
    [one] L’article « { $title } » manque dans ce travail remis : { $count } passage du corrigé compte donc comme manqué.
   *[other] L’article « { $title } » manque dans ce travail remis : ses { $count } passages du corrigé comptent donc comme manqués.
}
grade-article-text-differs = { $count ->
    [one] Le texte de « { $title } » diffère de celui du corrigé (une autre version ou une copie modifiée) : { $placed } surlignement sur { $count } a été replacé grâce aux mots cités.
   *[other] Le texte de « { $title } » diffère de celui du corrigé (une autre version ou une copie modifiée) : { $placed } surlignements sur { $count } ont été replacés grâce aux mots cités.
}
grade-article-text-differs-lost = { $count ->
    [one] Le texte de « { $title } » diffère de celui du corrigé (une autre version ou une copie modifiée) : { $placed } surlignement sur { $count } a été replacé grâce aux mots cités. { $lost } est introuvable dans le texte du corrigé et n’a pas été corrigé : { $quotes }.
   *[other] Le texte de « { $title } » diffère de celui du corrigé (une autre version ou une copie modifiée) : { $placed } surlignements sur { $count } ont été replacés grâce aux mots cités. { $lost } sont introuvables dans le texte du corrigé et n’ont pas été corrigés : { $quotes }.
}
grade-article-not-in-key = { $count ->
    [one] L’article « { $title } » n’est pas dans le corrigé ; { $count } surlignement n’a pas été corrigé.
   *[other] L’article « { $title } » n’est pas dans le corrigé ; ses { $count } surlignements n’ont pas été corrigés.
}
grade-unknown-tag = { $count ->
    [one] { $count } surlignement utilise l’étiquette « { $tag } », que le corrigé n’a pas ; { $rule }.
   *[other] { $count } surlignements utilisent l’étiquette « { $tag } », que le corrigé n’a pas ; { $rule }.
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
export-discussion-uncharted = Lectures faites par beaucoup d’élèves que le corrigé n’a pas (en ajouter une au corrigé depuis la carte de chaleur de l’écran de correction, ou discuter de pourquoi pas) :
export-discussion-uncharted-item = « { $quote } » — { $tag }, par { $students } { $of ->
    [one] élève sur { $of }
   *[other] élèves sur { $of }
}
export-discussion-contested = Passages du corrigé que peu d’élèves ont trouvés, ou que beaucoup ont étiquetés autrement (le passage est-il clair ? son étiquette se discute-t-elle ?) :
export-discussion-contested-item = « { $quote } » — le corrigé : { $tag } ; trouvé par { $found } sur { $of }, étiqueté autrement par { $otherwise }
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

