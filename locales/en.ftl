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

# --help: the program and its commands (ids from src/cli/help.rs: cli-<command>-about,
# cli-<command>-<argument>-help).
cli-about = Annotate news articles: tag claims, rebuttals, framing and boilerplate.
cli-long-about =
    Annotate news articles: tag claims, rebuttals, framing and boilerplate.

    With no command, opens the window: on FILE (a project .ron, or an article to import) or, with no FILE, on the bundled sample exercise.
cli-file-help = A project (.ron) to open, or an article (.txt, .md, .html) to start a project from
cli-grade-help = Open the window on the grading screen: FILE is the answer key, FOLDER holds the submissions (graded at once)
cli-lang-help = The language of messages, help and the window: en (English) or fr (French); by default the system's (or MARGINALIA_LANG)
cli-validate-about = Check project files; prints every problem with line and column. Exits 0 if all are valid, 1 if any has errors, 2 if a file cannot be read
cli-validate-strict-help = Also fail (exit 1) on warnings, e.g. annotations that had to be re-anchored
cli-import-about = Import articles (.txt, .md, .html, .mhtml, .docx, .odt, .epub, or - for standard input) into a project file. Adds to PROJECT if it exists, otherwise creates it
cli-import-out-help = The project file to write
cli-import-title-help = Title of a new project (default: the first article's title)
cli-import-role-help = What the new project is
cli-import-instructions-help = Instructions shown to students
cli-import-author-help = Author (teacher or student name)
cli-import-whole-page-help = Keep everything a reader of a web page sees (menus, footers, related links), for exercises about spotting page furniture. By default only the article is kept
cli-grade-about = Grade submissions against an answer key: prints a table, writes the gradebook CSV, every annotation as CSV, a class summary page and a feedback page per student. Exits 0 if every file was graded, 1 if some could not be read, 2 on an error
cli-grade-key-help = The answer key (.ron)
cli-grade-submissions-help = Submission files, or folders of them (every .ron inside, not the key)
cli-grade-out-help = Folder for the gradebook and pages
cli-grade-threshold-help = Share of overlap (intersection over union, 0–1) a highlight needs to count as found
cli-grade-no-partial-credit-help = Give no credit for overlaps below the threshold (by default they earn their overlap as partial credit)
cli-grade-feedback-help = The teacher's comments (default: marginalia-feedback.ron in the submissions folder, when one folder is given)
cli-grade-anonymous-help = Write the class summary and annotations.csv with "Student 1", "Student 2"… instead of names (to project or share), and no gradebook, feedback pages or LMS file (those are about named students)
cli-grade-roster-help = A gradebook exported from Canvas, Moodle, Brightspace or Google Classroom (CSV): also write the file to import the scores back (docs/lms.md)
cli-grade-item-help = The roster's grade column to fill (by name); a new column of that name if it has none. Default: its only column, else a new one named after the exercise
cli-grade-points-help = Points possible for the item, where the roster does not say (Moodle never does). Scores 0–100 are scaled to it. Default 100
cli-grade-pairs-help = Pair a submission with a roster student by hand: FILE=ID (the file's name and the student's id in the roster). Remembered beside the submissions
cli-stress-save-about = (For crash tests.) Save versions of TEMPLATE to OUT in a loop until killed, printing each version number once it is saved
cli-stress-save-autosave-help = Write autosave copies into the folder OUT instead of saving to the file OUT
cli-export-about = Export one project's highlights as CSV and as a readable HTML page
cli-export-out-help = Folder to write into (default: the project's folder)

# --help: clap's own words.
cli-usage-heading = Usage:
cli-heading-commands = Commands:
cli-heading-arguments = Arguments:
cli-heading-options = Options:
cli-default-value = {"["}default: { $value }]
cli-possible-values = {"["}possible values: { $values }]
cli-clap-print-help = Print help
cli-clap-print-help-more = Print help (see more with '--help')
cli-clap-print-help-summary = Print help (see a summary with '-h')
cli-clap-print-version = Print version
cli-clap-print-command-help = Print this message or the help of the given subcommand(s)

# Output of the commands.
cli-error = error: { $message }
cli-warning = warning: { $message }
cli-warning-in-file = warning: { $path }: { $message }
cli-error-in-file = error: { $path }: { $message }
cli-unknown-language = there is no language “{ $code }”; --lang takes one of: { $available }
cli-no-window = this marginalia was built without the window (feature "gui"); use a command such as `marginalia validate FILE` (see `marginalia --help`)
cli-wrote = wrote { $path }
cli-cannot-create-folder = cannot create the folder { $folder }
cli-validate-invalid = { $file }: INVALID ({ $errors } error(s), { $warnings } warning(s))
cli-validate-ok = { $file }: ok ({ $role ->
        [key] answer key
        [submission] submission
       *[assignment] assignment
    }, { $articles } article(s), { $tags } tag(s), { $annotations } annotation(s){ $warnings ->
        [0] {""}
       *[other] , { $warnings } warning(s)
    })
cli-export-has-problems =
    the project has problems, so its export would be incomplete; fix them first (`marginalia validate { $file }` lists them):
    {"  "}{ $problems }
cli-import-project-has-errors = { $file } has errors; fix them (see `marginalia validate`) before adding articles to it
cli-import-nothing-written = nothing was written; fix the files above and run the command again
cli-import-wrote = wrote { $path } ({ $articles } article(s))
cli-cannot-read-stdin = cannot read standard input
cli-stdin-too-large = standard input is larger than the { $megabytes } MB article limit
cli-imported = imported { $path } as "{ $title }" (id { $id }, { $description }, encoding { $encoding }, { $characters } characters)
cli-imported-keep-whole-page = to keep the whole page instead, import it again with --whole-page
cli-imported-source = source: { $byline }
cli-imported-address = address: { $url }
cli-grade-bad-threshold = --threshold must be more than 0 and at most 1 (it is the share of overlap a highlight needs to count as found); got { $threshold }
cli-grade-no-submissions = no submission files (.ron) found in what was given.
cli-grade-progress = grading { $done }/{ $total }…
cli-grade-not-graded = not graded: { $error }
cli-grade-wrote-anonymous = wrote { $summary } and { $annotations } with “Student 1”, “Student 2”… instead of names (no gradebook or feedback pages)
cli-grade-wrote = wrote { $gradebook }, { $annotations }, { $summary } and { $pages } feedback page(s) in { $folder }
cli-grade-column-student = student
cli-grade-column-score = score
cli-grade-column-precision = P%
cli-grade-column-recall = R%
cli-grade-column-f1 = F1%
cli-grade-column-kappa = kappa
cli-grade-column-problems = problems
cli-grade-score-set-by-teacher = {"*"} score set by the teacher ({ $count }); the gradebook has the score as graded and the reason
cli-grade-summary = { $graded } graded, { $failed } not graded; mean score { $mean }; class agreement (Krippendorff's alpha) { $alpha }
cli-grade-discussion = for class discussion: { $uncharted } reading(s) many students made that the key lacks, { $contested } key passage(s) few found or many tagged otherwise (class-summary.html lists them)
cli-grade-article-alpha = alpha { $alpha }  { $title }
cli-lms-bad-points = --points must be a number above 0 (the item's points possible); got { $points }
cli-lms-bad-pair = --pair takes FILE=ID (a submission's file name and the student's id in the roster); got “{ $pair }”
cli-lms-unknown-id = --pair { $pair }: no student in { $roster } has the id “{ $id }”; ids are in its first identity column ({ $column })
cli-lms-pairs-not-remembered = note: the pairings are not remembered (give one folder of submissions, or --feedback FILE, to keep them)
cli-lms-new-column = { $name } (a new column)
cli-lms-wrote = wrote { $path } for { $lms }: { $filled } of { $students } students, into “{ $column }”
cli-lms-existing-columns = to fill an existing column instead, give --item with one of: { $columns }
cli-lms-not-in-roster = not in the roster: { $student } ({ $file }); pair by hand with --pair "{ $file }=ID"
cli-lms-without-submission = in the roster without a submission ({ $count }): { $names }

## end of cli


## errors-project: Errors and warnings: project files, saving, locks, recovery (src/project_file/, session.rs, lock.rs, recovery.rs, workflow.rs). Ids: file-*, save-*, lock-*, recovery-*.

file-problem-error = error: { $message }
file-problem-warning = warning: { $message }
file-cannot-read = cannot read { $path }: { $reason }
file-too-large = { $path } is { $size } MB, too large for a project file (the limit is { $limit } MB); is it the right file?
file-not-text = this is not a text file (invalid UTF-8); a project file is plain RON text. Open the original, or the .bak file next to it.
file-empty = { $path } is empty: it was probably cut off while saving or copying. Try the .bak file next to it.
file-not-a-project = { $path } is not a Marginalia project (it has no `format: "{ $format }"` line). To annotate an article, import it instead.
file-newer-version = { $path } was made by a newer Marginalia (file format { $found }, this version reads up to { $current }) — please update Marginalia to open it.
file-unknown-version = { $path } has format version { $found }, which no Marginalia ever wrote; check the `version:` line (it should be { $current }).
file-no-version = the file has no `version:` field; add `version: { $current },` after the `format:` line
file-syntax-too-deep = values are nested far deeper than in any project file (more than { $limit } levels); the file is damaged, or is not a project
file-syntax-number-out-of-bounds = this number is negative or far too large (offsets and ids are whole numbers from 0)
file-syntax-no-such-variant = `{ $found }` is not allowed here; write one of: { $expected }
file-syntax-expected-struct = expected `(` here: a project file is RON, starting with `(` (JSON and other formats cannot be opened)
file-syntax-hint-option = { $error } (write the value itself, e.g. `note: "text"`, or leave the field out)
file-syntax-hint-eof = { $error } (the file ends too early: it was probably cut off while saving or copying; try the .bak file next to it)
file-syntax-hint-missing-field = { $error } (add the field, or restore the file from its .bak)
file-syntax-hint-wrong-type = { $error } (the value has the wrong type here)
file-syntax-hint-array = { $error } (a list in square brackets is expected here)
file-syntax-hint-comma = { $error } (a comma is missing at the end of the previous value, or a quote `"` was left open above)
file-tag-empty-id = tag "{ $name }" has an empty id; give it one, e.g. id: "claim"
file-tag-id-twice = tag id "{ $id }" is used twice; the second tag was left out. Give each tag its own id.
file-tag-bad-color = tag "{ $id }": "{ $color }" is not a colour; write it as "#RRGGBB", e.g. "#0072B2"; grey is used instead
file-tag-key-taken = tag "{ $id }": key '{ $key }' is already used by another tag; this tag has no key now
file-tag-key-too-long = tag "{ $id }": a key must be a single character, not "{ $key }"; this tag has no key now
file-article-empty-id = article "{ $title }" has an empty id; it was left out
file-article-id-twice = article id "{ $id }" is used twice; the second article was left out. Give each article its own id.
file-article-text-changed = the text of article "{ $id }" was changed after it was saved (its sha256 no longer matches); annotations were checked against their quotes
file-annotation-problem = annotation { $id }: { $problem }
file-annotation-id-twice = this id is used twice; this annotation was left out. Give it an unused number.
file-annotation-no-article = there is no article "{ $article }" in this file; it was left out
file-annotation-unknown-tag = unknown tag "{ $tag }" (this file's tags are: { $known }); it was left out
file-annotation-bad-time = "{ $value }" is not a date and time like "2026-11-23T09:30:00Z"; it was reset
file-alternative-not-same-article = annotation { $id } is marked as another reading of { $of }, which is not a passage of the same article; it counts as a passage of its own
file-span-reversed = start ({ $start }) is after end ({ $end }); swap them
file-span-empty = the span { $start }..{ $end } is empty; an annotation must cover some text
file-span-past-end-no-quote = the span { $start }..{ $end } is past the end of the article ({ $length } characters) and there is no quote to find it by
file-quote-moved = the text at { $start }..{ $end } is not its quote "{ $quote }"; the quote was found at { $new_start }..{ $new_end } and the annotation moved there
file-quote-lost-text-there = the text at { $start }..{ $end } is "{ $text }"
file-quote-lost-past-end = { $start }..{ $end } is past the end of the article ({ $length } characters)
file-quote-lost = its quote "{ $quote }" is not in the article ({ $place }); it was left out. The article may have been edited: restore it, or fix start, end and quote.
file-span-inside-character = the span started or ended inside a character (e.g. between a letter and its accent, or inside an emoji); it was widened to whole characters

save-io = could not save to { $path }: { $reason }. Your work is still open and the old file is unchanged; { $advice }
save-reason-disk-full = the disk is full
save-reason-permission-denied = you are not allowed to write there
save-reason-read-only = that disk is read-only
save-reason-no-folder = the folder does not exist (any more)
save-advice-disk-full = free some space, or use Save As to save on another disk (a USB stick).
save-advice-other-folder = use Save As to save in another folder (your Documents, a USB stick).
save-would-downgrade = { $path } was written by a newer Marginalia (format { $found }); saving over it would lose what that version stored. Use Save As to choose another name.
save-no-path = this project has not been saved yet; choose where to save it (Save As)
save-changed-on-disk = { $path } was changed by another program or Marginalia window since you opened it; saving now would overwrite those changes. Use Save As to keep both, or choose to overwrite.
save-serialize = could not write the project as RON: { $reason }
save-bad-span = could not save: highlight { $annotation } in article "{ $article }" does not start and end on whole characters, so its position cannot be written. Nothing was written and your work is still open; please report this (it is a bug), and undo the last change to that highlight before saving again.

lock-owner = { $who } on { $host } (since { $since })
lock-someone = someone
lock-this-computer = this computer

## end of errors-project


## errors-import: Errors and reports: importing articles (src/import/). Ids: import-*.

import-cannot-read = cannot read { $path }: { $reason }
import-too-large = { $path } is { $size } MB; articles over { $limit } MB are refused. Split it or import only the article's text.
import-empty = { $subject } is empty: there is no text to annotate
import-binary = { $subject } looks like { $what }, not text. { $supported } Or copy the article's text and paste it into a new project (File > New from clipboard).
import-too-deep = { $subject } nests its elements about { $depth } levels deep; real articles use a few dozen, so the file is broken or made to stall programs. Copy the article's text and paste it instead (File > New from clipboard).
import-unsupported = { $subject } is { $what }, which Marginalia does not read. { $supported } Or copy the article's text and paste it into a new project (File > New from clipboard).
import-damaged = { $subject } is { $format } that cannot be read: { $detail }. Open it in the program that made it and save it again, or copy its text and paste it (File > New from clipboard).
import-too-big = { $subject } is { $format } that was refused: { $detail }. Open it in the program that made it and save only the article, or copy its text and paste it (File > New from clipboard).
import-no-text-layer = { $subject } is a PDF of { $pages } page(s) with no text in it, only pictures of pages (a scan or a photo). Open it in a program that recognises text (OCR), or find the article online, and import that instead.
import-encrypted = { $subject } is a PDF protected by a password. Open it with its password and print it to a new PDF (or save it as text), then import that.
import-no-text = { $subject } has no readable text once the { $kind } markup is removed
import-subject-text = the text
import-kind-text = text
import-supported = Marginalia reads text (.txt), Markdown (.md), web pages (.html, and .mhtml saved as "Webpage, Single File"), PDF, Word (.docx), OpenDocument (.odt) and EPUB files.

# What a file is, in the errors above ("… looks like a PNG image, not text").
import-what-binary = a binary file
import-what-zip = a ZIP archive (a .docx, .odt or .epub is one)
import-what-png = a PNG image
import-what-jpeg = a JPEG image
import-what-gif = a GIF image
import-what-old-office = an old Microsoft Office document
import-what-rtf = an RTF document
import-what-program = a program
import-what-other-zip = a ZIP archive that is not a Word, OpenDocument or EPUB document
import-format-pdf = a PDF document
import-format-epub = an EPUB book
import-format-odt = an OpenDocument text
import-format-docx = a Word document
import-format-mhtml = a saved web page (MHTML)
import-format-zip = a ZIP archive
import-format-zip-document = a ZIP archive (as .docx, .odt and .epub files are)

# Why a document could not be read (the "detail" above).
import-pdf-damaged = it is damaged or cut off ({ $reason })
import-pdf-structure = its structure could not be followed
import-pdf-too-many-objects = it holds { $objects } objects (articles hold a few thousand)
import-pdf-too-many-pages = it has { $pages } pages; import the article's pages only
import-pdf-missing-parts = one of its pages refers to parts the file does not have
import-epub-no-package = its container names no package file
import-epub-package-missing = its package file { $path } is missing
import-mhtml-not-mime = it is not a MIME message
import-mhtml-no-html = it holds no HTML page
import-xml-error = { $error } (at byte { $byte })
import-zip-too-many-files = it holds { $files } files (documents hold a few dozen)
import-zip-bomb = its part { $part } inflates to { $size } MB or more, far beyond any article; it may be a "zip bomb"
import-zip-part-missing = it has no { $part }
import-zip-part-missing-what = it has no { $part }, { $what }
import-part-text = the part that holds the text
import-zip-no-contents = its table of contents is missing or damaged, as when a download or a copy is cut off

# Warnings and what was read (shown after an import).
import-encoding-guessed = the file is not UTF-8; it was read as { $encoding } (detected from its bytes). If letters look wrong, save the article as UTF-8 and import it again.
import-encoding-errors = some bytes were not valid { $encoding }; they show as �
import-described-docx = Word document
import-described-odt = OpenDocument text
import-described-epub = EPUB, { $chapters } { $chapters ->
        [one] chapter
       *[other] chapters
    }
import-described-pdf = PDF, { $pages } { $pages ->
        [one] page
       *[other] pages
    }{ $columns ->
        [0] {""}
       *[other] , { $columns } columns
    }
import-described-markdown = Markdown
import-described-text = text
import-described-web-page = web page
import-described-mhtml = saved web page (MHTML)
import-described-pasted = pasted text
import-described-article-kept = { $page }: article kept ({ $article_words } words), { $left_out_words } words of page furniture left out
import-described-whole-page-kept = { $page }: the whole page kept ({ $words } words)
import-pasted-title = Pasted text

## end of errors-import


## errors-grading: Errors and notices: grading, LMS, edits (src/grade/). Ids: grade-*.

## end of errors-grading


## errors-lms-edit: Errors and notices: LMS rosters, edits (src/lms/, src/edit/). Ids: lms-*, edit-*.

lms-cannot-read = cannot read { $path }: { $reason }
lms-unknown-layout = { $path }: this is not a gradebook exported from Canvas, Moodle, Brightspace or Google Classroom (its first row is “{ $header }”); export the gradebook as CSV from your LMS and give that file.
lms-not-text = { $path }: this is not a text (CSV) file; export the gradebook as CSV from your LMS and give that file.
lms-csv = { $path }: line { $line }: { $message }
lms-no-students = { $path }: the gradebook lists no students; export it again with the students in it.
lms-no-such-item = { $path }: no grade column matches “{ $wanted }”; its grade columns are: { $available }.
lms-no-columns = none
lms-write = could not make the import file: { $reason }
lms-write-no-column = no grade column { $column }

edit-no-such-annotation = there is no annotation { $id }
edit-annotation-exists = annotation { $id } already exists
edit-stale-annotation = annotation { $id } changed since this edit was made
edit-no-such-article = there is no article "{ $id }" in this project
edit-article-exists = an article with id "{ $id }" is already in this project
edit-article-in-use = article "{ $id }" still has { $count } annotation(s); remove them first
edit-no-such-tag = there is no tag "{ $id }" in this project's tag set
edit-tag-exists = a tag with id "{ $id }" already exists
edit-key-taken = key '{ $key }' is already used by tag "{ $by }"; choose another key
edit-empty-tag-id = the tag id cannot be empty
edit-tag-in-use = tag "{ $id }" is used by { $count } annotation(s); choose a tag to move them to, or delete them
edit-empty-selection = the selection is empty (or only white space); select some text first
edit-out-of-range = the selection is outside the article text
edit-splits-character = the selection starts or ends inside a character
edit-bad-index = position { $index } is not in the list
edit-stale = the project changed since this edit was made
edit-bad-alternative = { $id } cannot be another reading of { $of }: it must be a passage of the same article that is not itself another reading

# What an edit is, for Undo and Redo ("Undo retag").
edit-label-add-annotation = add annotation
edit-label-delete-annotation = delete annotation
edit-label-retag = retag
edit-label-resize = resize
edit-label-edit-note = edit note
edit-label-add-article = add article
edit-label-remove-article = remove article
edit-label-add-tag = add tag
edit-label-delete-tag = delete tag
edit-label-change-tag = change tag
edit-label-reorder-tags = reorder tags
edit-label-edit-details = edit project details
edit-label-edit-source = edit article source

## end of errors-lms-edit


## exports: Exported pages and CSV (src/export/): feedback pages, class summary, column headers that no LMS reads. Ids: export-*.

## end of exports

