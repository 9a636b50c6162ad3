#pragma once

#include <QString>

namespace rostrum {

class MeetingStore;

// One act's write transaction (BEGIN IMMEDIATE) on the meeting file. Unless commit() succeeds,
// it is rolled back: by rollback(), or when it goes out of scope, so that no way out of an act
// leaves the write lock held.
class WriteTransaction final
{
public:
    explicit WriteTransaction(MeetingStore &store) : m_store(store) {}
    ~WriteTransaction() { rollback(); }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // Takes the write lock, waiting while another writer holds it; false, with the error, when
    // it cannot.
    bool begin(QString *error);
    // A commit that fails has been rolled back by the store already.
    bool commit(QString *error);
    // Before anything is announced: views that read the file must not see a half-written act.
    void rollback();
    bool isOpen() const { return m_open; }

private:
    MeetingStore &m_store;
    bool m_open = false;
};

} // namespace rostrum
