#pragma once

#include <QVector>
#include <algorithm>
#include <cmath>

namespace rostrum::bench {

// Repeated measurements of one figure. The median says what is typical; the p99 says what a
// chair would notice once in a meeting. Both are read from the sorted samples, nearest rank.
struct Samples
{
    QVector<double> values;

    void add(double v) { values.append(v); }
    double quantile(double q) const
    {
        if (values.isEmpty())
            return 0;
        QVector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const int rank = int(std::ceil(q * double(sorted.size()))) - 1;
        return sorted.at(std::clamp(rank, 0, int(sorted.size()) - 1));
    }
    double median() const { return quantile(0.5); }
    double p99() const { return quantile(0.99); }
    double max() const { return quantile(1.0); }
};

// One row of the table: a figure against its floor, both measured in the same run.
struct Figure
{
    QString name;
    QString floorName;
    QString unit;
    Samples measured;
    Samples floor;
    double target = 0; // the largest acceptable ratio; for AtMost, the largest value in `unit`
    // Most figures compare medians; some are judged on their p99 or on a single total. A few
    // have a limit of their own that no floor can set (a stall a person sees is one whatever
    // the machine): their largest sample must stay under it, and the floor is shown beside.
    enum class Judge
    {
        Median,
        MedianAndP99,
        P99,
        AtMost,
        // A limit in `unit` that no floor can set (20 ms for a page to show an act, 2% of a
        // core for a page): the p99, or the median, must stay under it; the floor is beside.
        P99AtMost,
        MedianAtMost
    } judge = Judge::Median;
    QString note;

    double ratioMedian() const
    {
        return floor.median() > 0 ? measured.median() / floor.median() : 0;
    }
    double ratioP99() const { return floor.p99() > 0 ? measured.p99() / floor.p99() : 0; }
    bool met() const
    {
        switch (judge) {
        case Judge::Median:
            return ratioMedian() <= target;
        case Judge::MedianAndP99:
            return ratioMedian() <= target && ratioP99() <= target;
        case Judge::P99:
            return ratioP99() <= target;
        case Judge::AtMost:
            return measured.max() <= target;
        case Judge::P99AtMost:
            return measured.p99() <= target;
        case Judge::MedianAtMost:
            return measured.median() <= target;
        }
        return false;
    }
};

} // namespace rostrum::bench
