#include "session/writetransaction.h"

#include "store/meetingstore.h"

namespace rostrum {

bool WriteTransaction::begin(QString *error)
{
    m_open = m_store.begin(error);
    return m_open;
}

bool WriteTransaction::commit(QString *error)
{
    m_open = false;
    return m_store.commit(error);
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    m_store.rollback();
}

} // namespace rostrum
