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
cli-grade-anonymous-help = Écrire le sommaire du groupe et annotations.csv avec « Élève 1 », « Élève 2 »… au lieu des noms (pour projeter ou partager), sans relevé de notes, pages de rétroaction ni fichier pour la plateforme (ils portent sur des élèves nommés)
cli-grade-roster-help = Un relevé de notes exporté de Canvas, Moodle, Brightspace ou Google Classroom (CSV) : écrire aussi le fichier qui y réimporte les résultats (docs/lms.md)
cli-grade-item-help = La colonne de notes de la liste des élèves à remplir (par son nom) ; une nouvelle colonne de ce nom s’il n’y en a pas. Par défaut : sa seule colonne, sinon une nouvelle au nom de l’exercice
cli-grade-points-help = Points possibles pour l’élément, quand la liste des élèves ne le dit pas (Moodle ne le dit jamais). Les résultats de 0 à 100 y sont ramenés. Par défaut, 100
cli-grade-pairs-help = Associer à la main un travail remis à un élève de la liste : FILE=ID (le nom du fichier et l’identifiant de l’élève dans la liste). Retenu à côté des travaux remis
cli-stress-save-about = (Pour les tests de plantage.) Enregistrer des versions de TEMPLATE dans OUT en boucle jusqu’à l’arrêt forcé, en affichant le numéro de chaque version une fois enregistrée
cli-stress-save-autosave-help = Écrire des copies de secours dans le dossier OUT au lieu d’enregistrer dans le fichier OUT
cli-export-about = Exporter les surlignements d’un projet en CSV et en page HTML lisible
cli-export-out-help = Dossier où écrire (par défaut : le dossier du projet)

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
cli-unknown-language = il n’y a pas de langue « { $code } » ; --lang accepte l’une de celles-ci : { $available }
cli-no-window = ce marginalia a été compilé sans la fenêtre (fonction « gui ») ; utilisez une commande comme « marginalia validate FILE » (voir « marginalia --help »)
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
    le projet a des problèmes, donc son exportation serait incomplète ; corrigez-les d’abord (« marginalia validate { $file } » les énumère) :
    {"  "}{ $problems }
cli-import-project-has-errors = { $file } contient des erreurs ; corrigez-les (voir « marginalia validate ») avant d’y ajouter des articles
cli-import-nothing-written = rien n’a été écrit ; corrigez les fichiers ci-dessus et relancez la commande
cli-import-wrote = écrit : { $path } ({ $articles ->
        [one] { $articles } article
       *[other] { $articles } articles
    })
cli-cannot-read-stdin = impossible de lire l’entrée standard
cli-stdin-too-large = l’entrée standard dépasse la limite de { $megabytes } Mo par article
cli-imported = importé : { $path }, sous le titre « { $title } » (identifiant { $id }, { $description }, encodage { $encoding }, { $characters } caractères)
cli-imported-keep-whole-page = pour garder plutôt la page entière, importez-la de nouveau avec --whole-page
cli-imported-source = source : { $byline }
cli-imported-address = adresse : { $url }
cli-grade-bad-threshold = --threshold doit être plus grand que 0 et au plus 1 (c’est la part de chevauchement qu’il faut à un surlignement pour compter comme trouvé) ; reçu : { $threshold }
cli-grade-no-submissions = aucun fichier de travail remis (.ron) trouvé dans ce qui a été donné.
cli-grade-progress = correction { $done }/{ $total }…
cli-grade-not-graded = non corrigé : { $error }
cli-grade-wrote-anonymous = écrit : { $summary } et { $annotations }, avec « Élève 1 », « Élève 2 »… au lieu des noms (sans relevé de notes ni pages de rétroaction)
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
cli-grade-score-set-by-teacher = {"*"} résultat fixé par l’enseignant ({ $count }) ; le relevé de notes contient le résultat corrigé et la raison
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
cli-lms-bad-points = --points doit être un nombre plus grand que 0 (les points possibles de l’élément) ; reçu : { $points }
cli-lms-bad-pair = --pair attend FILE=ID (le nom du fichier d’un travail remis et l’identifiant de l’élève dans la liste) ; reçu : « { $pair } »
cli-lms-unknown-id = --pair { $pair } : aucun élève de { $roster } n’a l’identifiant « { $id } » ; les identifiants sont dans sa première colonne d’identité ({ $column })
cli-lms-pairs-not-remembered = note : les associations ne sont pas retenues (donnez un seul dossier de travaux remis, ou --feedback FILE, pour les garder)
cli-lms-new-column = { $name } (une nouvelle colonne)
cli-lms-wrote = écrit : { $path } pour { $lms } : { $filled } élèves sur { $students }, dans « { $column } »
cli-lms-existing-columns = pour remplir plutôt une colonne existante, donnez --item avec l’une de celles-ci : { $columns }
cli-lms-not-in-roster = absent de la liste des élèves : { $student } ({ $file }) ; associez-le à la main avec --pair "{ $file }=ID"
cli-lms-without-submission = dans la liste des élèves sans travail remis ({ $count }) : { $names }

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
file-tag-empty-id = l’étiquette « { $name } » a un identifiant vide ; lui en donner un, p. ex. {"id: \"claim\""}
file-tag-id-twice = l’identifiant d’étiquette « { $id } » est utilisé deux fois ; la deuxième étiquette a été laissée de côté. Donner à chaque étiquette son propre identifiant.
file-tag-bad-color = étiquette « { $id } » : « { $color } » n’est pas une couleur ; l’écrire sous la forme "#RRGGBB", p. ex. "#0072B2" ; le gris est utilisé à la place
file-tag-key-taken = étiquette « { $id } » : la touche « { $key } » est déjà utilisée par une autre étiquette ; cette étiquette n’a plus de touche
file-tag-key-too-long = étiquette « { $id } » : une touche doit être un seul caractère, pas « { $key } » ; cette étiquette n’a plus de touche
file-article-empty-id = l’article « { $title } » a un identifiant vide ; il a été laissé de côté
file-article-id-twice = l’identifiant d’article « { $id } » est utilisé deux fois ; le deuxième article a été laissé de côté. Donner à chaque article son propre identifiant.
file-article-text-changed = le texte de l’article « { $id } » a été modifié après son enregistrement (son sha256 ne correspond plus) ; les annotations ont été vérifiées d’après leurs citations
file-annotation-problem = annotation { $id } : { $problem }
file-annotation-id-twice = cet identifiant est utilisé deux fois ; cette annotation a été laissée de côté. Lui donner un numéro inutilisé.
file-annotation-no-article = il n’y a pas d’article « { $article } » dans ce fichier ; elle a été laissée de côté
file-annotation-unknown-tag = étiquette inconnue « { $tag } » (les étiquettes de ce fichier sont : { $known }) ; elle a été laissée de côté
file-annotation-bad-time = « { $value } » n’est pas une date et une heure comme « 2026-11-23T09:30:00Z » ; elle a été remise à zéro
file-alternative-not-same-article = l’annotation { $id } est marquée comme une autre lecture de { $of }, qui n’est pas un passage du même article ; elle compte comme un passage à part entière
file-span-reversed = le début ({ $start }) est après la fin ({ $end }) ; les inverser
file-span-empty = l’étendue { $start }..{ $end } est vide ; une annotation doit couvrir du texte
file-span-past-end-no-quote = l’étendue { $start }..{ $end } dépasse la fin de l’article ({ $length } caractères) et il n’y a pas de citation pour la retrouver
file-quote-moved = le texte en { $start }..{ $end } n’est pas sa citation « { $quote } » ; la citation a été trouvée en { $new_start }..{ $new_end } et l’annotation y a été déplacée
file-quote-lost-text-there = le texte en { $start }..{ $end } est « { $text } »
file-quote-lost-past-end = { $start }..{ $end } dépasse la fin de l’article ({ $length } caractères)
file-quote-lost = sa citation « { $quote } » n’est pas dans l’article ({ $place }) ; elle a été laissée de côté. L’article a peut-être été modifié : le restaurer, ou corriger start, end et quote.
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
save-bad-span = impossible d’enregistrer : le surlignement { $annotation } de l’article « { $article } » ne commence ou ne finit pas sur des caractères entiers, donc sa position ne peut pas être écrite. Rien n’a été écrit et le travail est toujours ouvert ; merci de signaler ce problème (c’est un bogue), et d’annuler la dernière modification de ce surlignement avant d’enregistrer de nouveau.

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
import-too-deep = { $subject } imbrique ses éléments sur environ { $depth } niveaux ; les vrais articles en utilisent quelques dizaines, donc le fichier est brisé ou fait pour bloquer les programmes. Copier plutôt le texte de l’article et le coller (Fichier > Nouveau à partir du presse-papiers).
import-unsupported = { $subject } est { $what }, que Marginalia ne lit pas. { $supported } Ou copier le texte de l’article et le coller dans un nouveau projet (Fichier > Nouveau à partir du presse-papiers).
import-damaged = { $subject } est { $format } illisible : { $detail }. L’ouvrir dans le programme qui l’a créé et l’enregistrer de nouveau, ou copier son texte et le coller (Fichier > Nouveau à partir du presse-papiers).
import-too-big = { $subject } est { $format } qui a été refusé : { $detail }. L’ouvrir dans le programme qui l’a créé et n’enregistrer que l’article, ou copier son texte et le coller (Fichier > Nouveau à partir du presse-papiers).
import-no-text-layer = { $subject } est un PDF { $pages ->
        [one] d’une page
       *[other] de { $pages } pages
    } sans texte, seulement des images de pages (une numérisation ou une photo). L’ouvrir dans un programme qui reconnaît le texte (ROC), ou trouver l’article en ligne, et importer plutôt ce résultat.
import-encrypted = { $subject } est un PDF protégé par un mot de passe. L’ouvrir avec son mot de passe et l’imprimer dans un nouveau PDF (ou l’enregistrer en texte), puis importer ce fichier.
import-no-text = { $subject } n’a aucun texte lisible une fois le balisage { $kind } retiré
import-subject-text = le texte
import-kind-text = texte
import-supported = Marginalia lit les fichiers texte (.txt), Markdown (.md), les pages Web (.html, et .mhtml enregistrées en « Page Web, fichier unique »), PDF, Word (.docx), OpenDocument (.odt) et EPUB.

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
import-zip-bomb = sa partie { $part } se décompresse en { $size } Mo ou plus, bien au-delà de tout article ; c’est peut-être une « bombe ZIP »
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

## end of errors-grading


## errors-lms-edit: Errors and notices: LMS rosters, edits (src/lms/, src/edit/). Ids: lms-*, edit-*.

# Pour l'enseignant (listes des élèves des plateformes) : vouvoiement, comme la ligne de commande.
lms-cannot-read = impossible de lire { $path } : { $reason }
lms-unknown-layout = { $path } : ce n’est pas un relevé de notes exporté de Canvas, Moodle, Brightspace ou Google Classroom (sa première ligne est « { $header } ») ; exportez le relevé de notes en CSV à partir de votre plateforme et donnez ce fichier.
lms-not-text = { $path } : ce n’est pas un fichier texte (CSV) ; exportez le relevé de notes en CSV à partir de votre plateforme et donnez ce fichier.
lms-csv = { $path } : ligne { $line } : { $message }
lms-no-students = { $path } : le relevé de notes ne contient aucun élève ; exportez-le de nouveau avec les élèves.
lms-no-such-item = { $path } : aucune colonne de notes ne correspond à « { $wanted } » ; ses colonnes de notes sont : { $available }.
lms-no-columns = aucune
lms-write = impossible de produire le fichier d’importation : { $reason }
lms-write-no-column = pas de colonne de notes { $column }

# Pour l'élève (la fenêtre) : tutoiement.
edit-no-such-annotation = il n’y a pas d’annotation { $id }
edit-annotation-exists = l’annotation { $id } existe déjà
edit-stale-annotation = l’annotation { $id } a changé depuis cette modification
edit-no-such-article = il n’y a pas d’article « { $id } » dans ce projet
edit-article-exists = un article d’identifiant « { $id } » est déjà dans ce projet
edit-article-in-use = l’article « { $id } » a encore { $count ->
        [one] { $count } annotation ; retire-la d’abord
       *[other] { $count } annotations ; retire-les d’abord
    }
edit-no-such-tag = il n’y a pas d’étiquette « { $id } » dans le jeu d’étiquettes de ce projet
edit-tag-exists = une étiquette d’identifiant « { $id } » existe déjà
edit-key-taken = la touche « { $key } » est déjà utilisée par l’étiquette « { $by } » ; choisis une autre touche
edit-empty-tag-id = l’identifiant de l’étiquette ne peut pas être vide
edit-tag-in-use = l’étiquette « { $id } » est utilisée par { $count ->
        [one] { $count } annotation ; choisis une étiquette où la déplacer, ou supprime-la
       *[other] { $count } annotations ; choisis une étiquette où les déplacer, ou supprime-les
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

## end of exports

