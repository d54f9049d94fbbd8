#pragma once

#include "framework.h"

#include <QString>

namespace dpi {

class FrameworkDocument;

/**
 * The verbs of the framework editor. Widgets call these; each pushes exactly
 * one undo entry (or merges into the last one), or nothing when the edit
 * would change nothing. Returns whether something was pushed or merged.
 */
namespace frameworkedit {

/**
 * The raw YAML tab's edits. Calls with the same non-empty `mergeKey` merge
 * into one undo step; the tab starts a new key after a pause or a cursor jump.
 */
bool setText(FrameworkDocument &document, const QString &text, const QString &mergeKey = QString());

/**
 * A structured edit made in the text itself (e.g. a header field patched in
 * place, so the partner's comments stay): one undo step labelled
 * `actionText` that never merges with the typing around it.
 */
bool replaceText(FrameworkDocument &document, const QString &text, const QString &actionText);

/**
 * A structured edit: `framework` is written out as the new text (the writer
 * keeps no comments; FrameworkDocument::droppedComments() reports the loss).
 * Consecutive edits with the same non-empty `mergeKey` (e.g. typing in one
 * form field: "criterion/<id>/title/en") merge. Refused while the text has
 * errors, because the form would overwrite text it did not understand.
 */
bool setFramework(FrameworkDocument &document, const Framework &framework, const QString &actionText,
                  const QString &mergeKey = QString());

} // namespace frameworkedit
} // namespace dpi
