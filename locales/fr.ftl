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

