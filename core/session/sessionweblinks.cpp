#include "session/meetingsession.h"
#include "session/writetransaction.h"

namespace rostrum {

QHash<QString, QByteArray> MeetingSession::webLinkHashes() const
{
    return m_store->webLinks().hashes();
}

bool MeetingSession::replaceWebLinkHashes(const QHash<QString, QByteArray> &hashes, QString *error)
{
    if (isReadOnly()) {
        if (error)
            *error = refusedAsReadOnly().error;
        return false;
    }
    if (const QString gone = checkFileStillThere(); !gone.isEmpty()) {
        if (error)
            *error = gone;
        return false;
    }
    // Not an act of the meeting: the links are not undone with the list, and a revoked link
    // must never come back by an undo.
    WriteTransaction transaction(*m_store);
    return transaction.begin(error) && m_store->webLinks().replace(hashes, now(), error) &&
           transaction.commit(error);
}

} // namespace rostrum
