#pragma once

#include <QString>

class QWidget;

namespace rostrum {

class MeetingSession;

// "File > Back up a copy…": asks where (beside the meeting, "<meeting> backup <date time>.rostrum"
// by default) and writes one consistent copy there, journal and undo included, never over an
// existing file. Returns the line for the status bar: "Backed up to …", the refusal, or empty
// when the chair cancelled.
QString backUpACopy(MeetingSession *session, QWidget *parent);

} // namespace rostrum
