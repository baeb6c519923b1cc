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

# The menu bar's menus.
menu-file = File
menu-edit = Edit
menu-view = View
menu-teacher = Teacher
menu-help = Help
# File > Open recent, View > Language, View's zoom line and themes.
menu-open-recent = Open recent
menu-language = Language
menu-zoom = Zoom: { NUMBER($percent, maximumFractionDigits: 0) } %
menu-theme-system = Follow the system
menu-theme-light = Light
menu-theme-dark = Dark

# Each command's label (menus, buttons, Help) and tooltip.
cmd-new = New project
cmd-new-tooltip = Start an empty project; then import or paste an article.
cmd-new-from-clipboard = New from clipboard
cmd-new-from-clipboard-tooltip = Start a project whose article is the text you copied (paragraphs are kept).
cmd-open = Open…
cmd-open-tooltip = Open a project (.ron) or an article to read and annotate.
cmd-import-article = Import article…
cmd-import-article-tooltip = Add an article (web page, PDF, Word, OpenDocument, EPUB, text or Markdown) to this project.
cmd-save = Save
cmd-save-tooltip = Save your work. On an assignment this makes your own file beside it; the assignment is never changed.
cmd-save-as = Save As…
cmd-save-as-tooltip = Save your work under another name or in another folder.
cmd-quit = Quit
cmd-quit-tooltip = Close Marginalia (it asks first if something is not saved).
cmd-undo = Undo
cmd-undo-tooltip = Take back the last change (a highlight, tag, note or deletion).
cmd-redo = Redo
cmd-redo-tooltip = Do again what Undo took back.
cmd-delete-annotation = Delete annotation
cmd-delete-annotation-tooltip = Remove the selected highlight (Undo brings it back).
cmd-edit-note = Edit note
cmd-edit-note-tooltip = Write or change the note of the selected highlight.
cmd-next-annotation = Next annotation
cmd-next-annotation-tooltip = Select the next highlight in the article.
cmd-previous-annotation = Previous annotation
cmd-previous-annotation-tooltip = Select the previous highlight in the article.
cmd-focus-article = Go to the article
cmd-focus-article-tooltip = Move the keyboard to the article: arrows move the caret, Shift+arrows select, tag keys tag.
cmd-find = Find…
cmd-find-tooltip = Search the article for a word (ignores case and accents).
cmd-find-next = Find next
cmd-find-next-tooltip = Go to the next match.
cmd-find-previous = Find previous
cmd-find-previous-tooltip = Go to the previous match.
cmd-zoom-in = Zoom in
cmd-zoom-in-tooltip = Make everything bigger (up to 200 %).
cmd-zoom-out = Zoom out
cmd-zoom-out-tooltip = Make everything smaller (down to 75 %).
cmd-zoom-reset = Actual size
cmd-zoom-reset-tooltip = Back to 100 %.
cmd-grade-submissions = Grade submissions…
cmd-grade-submissions-tooltip = Grade a folder of students' files against an answer key.
cmd-edit-details = Title and instructions…
cmd-edit-details-tooltip = Change the title, the instructions and what kind of file this is.
cmd-edit-article-source = Article source…
cmd-edit-article-source-tooltip = Say who published the article shown, when, and where it can be found.
cmd-edit-tags = Edit tags…
cmd-edit-tags-tooltip = Change tag names, colours, keys and definitions.
cmd-export-assignment = Export assignment…
cmd-export-assignment-tooltip = Write the copy to hand out: the same articles and tags, without your highlights.
cmd-become-teacher = Edit this file as the teacher…
cmd-become-teacher-tooltip = Change the assignment or answer key itself instead of making a student's copy.
cmd-help = Help
cmd-help-tooltip = How to select, tag, write notes and save, and every shortcut.
cmd-about = About Marginalia
cmd-about-tooltip = Version, licence and the fonts Marginalia uses.

# The Help window: how the work is done, in the order a student meets it.
help-title = Help
help-select-title = Select a passage
help-select-text = Drag over it with the mouse (double-click: a word, triple-click: a paragraph). Or click to place the caret and use Shift+arrows; Shift+Ctrl+arrows select whole words.
help-keyboard-title = Without a mouse
help-keyboard-text = F6 (or Tab) puts the keyboard in the article. Arrows move the caret, Home/End and Page Up/Down jump, Shift extends the selection. Alt+Down and Alt+Up go from highlight to highlight; F2 edits the note.
help-tag-title = Tag it
help-tag-text = Press the tag's key, or click the tag on the right. Click a highlight to select it: a key then changes its tag, Delete removes it.
help-explain-title = Explain it
help-explain-text = Write why in the Note box of the selected highlight. Undo (Ctrl+Z) takes back notes too.
help-hand-in-title = Hand it in
help-hand-in-text = On an assignment, type your name and press Save (Ctrl+S): your work goes into a new file beside the assignment, named after you. The assignment itself never changes.
help-tag-keys = Tag keys
# A tag's name and what it means, beside its key.
help-tag-line = { $name }: { $description }
help-every-command = Every command

# The About window.
help-about-title = About Marginalia
help-about-version = Marginalia { $version }
help-about-description = Offline annotation of news articles for media-literacy classrooms: tag claims, rebuttals, framing and boilerplate; grade against an answer key.
help-about-offline = Works offline: student work never leaves this computer.
help-about-licence = Licence: { $licence }.
help-about-fonts = Fonts
help-font-dejavu = DejaVu Sans — Bitstream Vera / DejaVu free licence.
help-font-droid = Droid Sans Fallback — Apache License 2.0.
help-font-noto-emoji = Noto Emoji 3.006 — SIL Open Font License 1.1.
help-font-egui-emoji = egui's Noto Emoji subset and emoji-icon-font — SIL Open Font License / MIT.
help-font-egui-defaults = Ubuntu Light and Hack (egui's defaults) — Ubuntu Font Licence / MIT.

## end of commands


## workspace: Window: the main window: toolbar, side panels, status bar, banners, find bar, settings (src/gui/ except app/ dialogs and grading/). Ids: ws-*.

# Status bar.
ws-unsaved-changes = Unsaved changes
ws-saved = Saved
# The project's title and role, then how many articles and annotations it has.
ws-status-summary = { $title } ({ $role }) · { $articles } article(s) · { $annotations } annotation(s)
# Over a highlight: who made it.
ws-by-author = by { $author }

# Left panel.
ws-instructions = Instructions
ws-articles = Articles
ws-no-annotations-yet = no annotations yet

# Right panel: tags.
ws-tags = Tags
ws-tags-hint = Select text in the article, then press a tag's key or click the tag.
ws-what-tags-mean = What the tags mean

# Right panel: the list of annotations.
ws-annotations = Annotations
ws-show = Show
ws-all-tags = All tags
ws-none-yet = None yet.
ws-has-a-note = has a note
# A highlighted passage, quoted.
ws-quote = “{ $quote }”
# What a screen reader says for an annotation in the list.
ws-annotation-label = { $tag }: { $quote }

# Right panel: the selected highlight.
ws-selected-highlight = Selected highlight
ws-retag-hint = (a tag key or button above changes it)
ws-note = Note:
ws-note-hint = Why did you tag this?
# In an answer key: how the selected passage counts in grading.
ws-in-grading = In grading
ws-optional = Optional: no penalty if a student misses it
ws-optional-tooltip = A student who finds it still earns its credit
ws-worth = Worth
# After the number of points (a spin box).
ws-points-suffix = {" point(s)"}
ws-own-passage = — a passage of its own
ws-another-reading = Another reading of

# Banners above the article.
ws-problems = Problems
ws-please-check = Please check
ws-dismiss = Dismiss
# Under the title of an article with no stated author: the file it came from.
ws-from-file = From { $file }
ws-no-article-yet = No article yet
ws-no-article-hint = Import a saved web page or a text file, drop one on this window, or paste copied text with Ctrl+V.

# Messages in the status bar.
ws-clipboard-empty = The clipboard has no text to paste: copy the article's text first.
ws-select-highlight-first = Select a highlight first (click it, or Alt+Down), then edit its note.
ws-select-passage-first = Select a passage first: drag over it, or Shift+arrows in the article.
ws-no-more-after = No more highlights after this one.
ws-none-before = No highlights before this one.
ws-paste-use-menu = To make a new project from the copied text, use { menu-file } > { cmd-new-from-clipboard }.

# The window's title.
ws-unsaved-project = unsaved project
ws-window-title = { $name } — Marginalia
ws-window-failed = could not open the window: { $error }

# The find bar (Ctrl+F).
ws-find = Find:
ws-no-matches = no matches
ws-match-position = { $current } of { $total }
# More matches than are counted.
ws-match-position-many = { $current } of { $total }+
ws-find-previous = Previous
ws-find-next = Next
ws-find-close = Close

# File dialogs' filters.
ws-filter-marginalia-files = Marginalia files
ws-filter-all-files = All files

## end of workspace


## dialogs: Window: the dialogs (hand-in, file dialog, tag editor, details, source, import preview, teacher prompts; src/gui/app/*). Ids: dlg-*.
# Shared buttons
dlg-save = Save
dlg-cancel = Cancel
dlg-apply = Apply

# Questions before acting (app/dialogs.rs)
dlg-save-changes-heading = Save your changes?
dlg-save-changes-text = Your annotations have changes that are not saved yet.
dlg-dont-save = Don't save
dlg-lock-heading = This project is already open
dlg-lock-text = Another Marginalia window has it open: { $owner }. If you both save, one of you will lose work.
dlg-lock-work-on-copy = Work on a copy
dlg-lock-open-anyway = Open anyway
dlg-lock-working-on-copy = Working on a copy: Save will ask for a new file name.
dlg-disk-heading = The file changed on disk
dlg-disk-text = { $path } was changed by another program or window since you opened it. Overwrite it with your version, or save yours under another name?
dlg-save-as = Save As…
dlg-overwrite = Overwrite
dlg-restore-never-saved = a project that was never saved
dlg-restore-heading = Restore unsaved work?
dlg-restore-text = Marginalia closed before your work was saved. An autosaved copy of { $what } is available.
dlg-restore = Restore
dlg-discard = Discard

# The student's first Save (app/hand_in.rs)
dlg-handin-heading = Save your work
dlg-handin-saving-as = Saving as { $name } — not you? Type your own name.
dlg-handin-name-label = Your name (first and last):
dlg-handin-saved-as = Your work will be saved as:
dlg-handin-type-name-hint = (type your name: the file is named after you)
dlg-handin-assignment-unchanged = The assignment { $file } itself is not changed.
dlg-handin-file-exists = A file with this name is already there (earlier work?). Save replaces it; change the name to keep both.
dlg-handin-replace-and-save = Replace and save
dlg-handin-save-my-work = Save my work
dlg-handin-save-elsewhere = Save somewhere else…
dlg-handin-name-first = Type your name first: it goes on the work you hand in.

# The banner above an assignment or a key (app/hand_in.rs)
dlg-banner-name-first = Type your name first; it goes on the work you hand in.
dlg-banner-hello = Hello { $name }! Save (Ctrl+S) creates your own file: { $path }
dlg-banner-assignment = This is an assignment.
dlg-banner-your-name = Your name:
dlg-banner-name-hint = First and last name
dlg-banner-start = Start my work
dlg-banner-last-used = Last used here: { $name }. Not you? Type your name.
dlg-banner-saved-beside = Your work is saved as a new file beside the assignment.
dlg-banner-whose-work = { $name }'s work — Save (Ctrl+S) writes { $path }
dlg-banner-answer-key = This is an answer key. Saving asks first; students should not change it.

# "Are you the teacher?" and the teacher's commands (app/hand_in.rs, app/teacher.rs)
dlg-teacher-this-file = this file
dlg-teacher-key-heading = Change the answer key?
dlg-teacher-key-text = This is the answer key ({ $path }). Saving changes the key the class is graded against. Students: choose Cancel.
dlg-teacher-assignment-heading = Change the assignment itself?
dlg-teacher-assignment-text = Saving will change { $path }, the file you hand out to the class. Students: choose Cancel, then type your name above the article.
dlg-teacher-confirm = I'm the teacher: change it
dlg-teacher-save-copy = Save a copy instead…
dlg-teacher-mode-on = Teacher mode: Save now writes into { $path }.
dlg-teacher-already-student = This file is a student's work: it is saved in place already.
dlg-teacher-export-is-key = Choose another file: this is the answer key itself.
dlg-teacher-wrote-assignment = Wrote the assignment { $path } ({ $count } articles, no highlights). Hand it out to the class.
dlg-teacher-open-key-first = To change the answer key, open it in this window (File > Open), then grade from Teacher > Grade submissions.
dlg-teacher-article-gone = This article is no longer in the answer key.
dlg-teacher-highlight-does-not-fit = The student's highlight does not fit the key's text.
dlg-teacher-accepted-alternative = Accepted “{ $quote }” as another reading of the key's passage; the key is saved and the class graded again.
dlg-teacher-accepted-optional = Added “{ $quote }” to the key as an optional passage; the key is saved and the class graded again.
dlg-teacher-nothing-to-undo = Nothing accepted here to undo.
dlg-teacher-key-changed = The key changed since; undo it from the annotating view (Ctrl+Z).
dlg-teacher-took-out = Took the accepted reading out of the key again; the key is saved and the class graded again.

# Teacher > Edit tags (app/tag_editor.rs)
dlg-tags-title = Tags
dlg-tags-intro = Change names, colours, keys and definitions; each row's Apply can be undone.
dlg-tags-name-hint = Name
dlg-tags-key = Key:
dlg-tags-move-up = Move up
dlg-tags-move-down = Move down
dlg-tags-delete = Delete
dlg-tags-definition-hint = Definition shown to students
dlg-tags-as-saved = { $name } (as saved)
dlg-tags-add = Add a tag
# The name a new tag gets: "Tag 5".
dlg-tags-new-name = Tag { $number }
dlg-tags-in-use = “{ $tag }” is used by { $count } highlight(s).
dlg-tags-delete-with-highlights = Delete the tag and its highlights
dlg-tags-keep = Keep it

# Teacher > Title and instructions (app/details_editor.rs)
dlg-details-title = Title and instructions
dlg-details-title-label = Title
dlg-details-instructions = Instructions (shown to students)
dlg-details-role = This file is:
dlg-details-role-assignment = assignment
dlg-details-role-key = answer key
dlg-details-role-submission = submission
dlg-details-author = Author:
dlg-details-language = Language of the exercise
dlg-details-language-unset = Not set
dlg-details-language-retags = The default tags will be renamed in this language too.

# Teacher > Article source (app/source_editor.rs)
dlg-source-title = Article source
dlg-source-intro = Who published this, so students can ask who is behind it.
dlg-source-outlet = Outlet
dlg-source-outlet-hint = e.g. CBC News
dlg-source-published = Published
dlg-source-published-hint = e.g. 2022-10-12
dlg-source-address = Address
dlg-source-language = Language
dlg-source-language-hint = e.g. en, fr-CA
dlg-source-authors = Authors (one per line)

# File > Import: the preview (app/import_preview.rs)
dlg-import-heading = Import an article
dlg-import-article-only = The article only (recommended): menus, footers and related links left out
dlg-import-whole-page = The whole page as a reader sees it: for finding page furniture
dlg-import-add = Add to project
# $what: what the file was ("Web page: article kept (42 words)…"); $chars: a number.
dlg-import-found = Found: { $what }. { $chars } characters, encoding { $encoding }.
dlg-import-source = Source: { $byline }
dlg-import-no-source = The file does not say who published it: add that with Teacher > Article source…
dlg-import-how-it-starts = How it starts:

# Opening, importing, new projects (app/open.rs)
dlg-open-restored = Restored your unsaved work. Save it to keep it.
dlg-open-could-not-restore = Could not restore: { $error }
dlg-open-imported = Imported { $path } ({ $what }, encoding { $encoding }).
dlg-open-pasted = Added the copied text as an article. Save to keep it.
dlg-open-new-project-title = New project

# Choosing files, saving (app/file_ops.rs, file_dialog.rs)
dlg-file-open-title = Open a project or an article
dlg-file-import-title = Import an article
dlg-file-save-title = Save your work
dlg-file-export-title = Export the assignment to hand out
dlg-file-not-the-assignment = { $path } is the assignment itself: your work must go into a file of its own. Choose another name.
dlg-file-saved-to = Saved to { $path }
dlg-file-autosave-failed = Autosave failed: { $error }
dlg-file-cannot-open-folder = Cannot open the folder { $path }: { $error }
dlg-file-no-such-file = There is no file { $path }.
dlg-file-up = ⬆ Up
dlg-file-up-tooltip = The folder that holds this one
dlg-file-home = Home
dlg-file-folder = Folder:
dlg-file-empty-folder = This folder is empty.
dlg-file-name = File name:
dlg-file-replace-confirm = { $path } already exists. Press Replace to save over it, or change the name.
dlg-file-replace = Replace
dlg-file-open = Open
dlg-file-choose-folder = Choose this folder

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

