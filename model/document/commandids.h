#pragma once

namespace dpi {

/**
 * Merge ids of the undo commands. Commands with the same id and the same
 * target merge, so that typing in a text field is one undo entry. All ids
 * live here so that two commands can never collide by accident.
 */
enum CommandId {
    NotesCommandId = 1001,
    RecommendationCommandId,
    EvidenceEditCommandId,
    FrameworkTextCommandId,
    ConclusionsTextCommandId,
    ContextTextCommandId,
    ToVerifyCommandId,
};

} // namespace dpi
