# Marginalia's messages in English.
#
# One file per language: copying this file to locales/<code>.ftl and translating
# every message adds a language (README, "Adding a language"). Every id here must
# exist in every other file; `cargo test --test messages` checks it.

## general: General words; the language's own name (View > Language lists it).

language-name = English
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

tag-claim-name = Claim
tag-claim-definition = Something the text says is true, that you could check: who did what, what happened, what a number is.
tag-rebuttal-name = Rebuttal
tag-rebuttal-definition = A reply that denies, doubts or argues against a claim, often from the other side of the story.
tag-framing-name = Framing
tag-framing-definition = Words, labels, quotes or placement chosen to make you feel a certain way about the story, rather than to tell you a fact.
tag-boilerplate-name = Boilerplate
tag-boilerplate-definition = Text that is not part of the story: donation appeals, sign-up nags, "read more" links, comment rules, site blurbs.

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

