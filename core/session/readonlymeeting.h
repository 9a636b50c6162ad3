#pragma once

#include <QCoreApplication>
#include <QString>

namespace rostrum {

// Why a meeting file can only be read here, in words the chair can act on: the console then
// opens it for reading (MeetingSession::openForReading) instead of refusing to show it at all.
class ReadOnlyMeeting final
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::ReadOnlyMeeting)

public:
    ReadOnlyMeeting() = delete;

    // "/media/usb/m.rostrum is on a read-only medium", "… is read-only", "the folder of … is
    // read-only"; empty when the file and its folder can be written.
    static QString reasonFor(const QString &path);
};

} // namespace rostrum
