#pragma once

#include <QStringList>
#include <QtGlobal>

namespace rostrum::testing {

// Collects what QAbstractItemModelTester reports (in Warning mode it writes "FAIL!" lines to
// the qt.modeltest category) so a Catch2 test can assert that none came.
class ModelTestWarnings final
{
public:
    ModelTestWarnings();
    ~ModelTestWarnings();
    ModelTestWarnings(const ModelTestWarnings &) = delete;
    ModelTestWarnings &operator=(const ModelTestWarnings &) = delete;

    QStringList failures() const;

private:
    QtMessageHandler m_previous;
};

} // namespace rostrum::testing
