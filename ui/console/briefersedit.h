#pragma once

#include "meeting/entry.h"

#include <QVector>
#include <QWidget>

class QLineEdit;
class QListWidget;

namespace rostrum {

// The briefers of a new meeting, named before it is created: each is inscribed as a briefer, in
// the order listed, when the file is made. Name, title and organization, Enter adds; Delete in
// the list removes.
class BriefersEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit BriefersEdit(QWidget *parent = nullptr);

    // One inscription per briefer, under the organization when one is given ("UN Office for
    // Disarmament Affairs", speaker "Izumi Nakamitsu"), else under the briefer's own name.
    QVector<EntryDraft> drafts() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *organizationEdit() const { return m_organization; }
    QListWidget *listWidget() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Briefer
    {
        QString name;
        QString title;
        QString organization;
    };

    bool addTyped();
    void removeCurrent();
    void showBriefers();

    QList<Briefer> m_briefers;
    QLineEdit *m_name;
    QLineEdit *m_title;
    QLineEdit *m_organization;
    QListWidget *m_list;
};

} // namespace rostrum
