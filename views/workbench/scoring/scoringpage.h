#pragma once

#include <QWidget>

namespace dpi {

class Document;
class FilterBar;
class GridLegend;
class ScoreGridFilterModel;
class ScoreGridModel;
class ScoreGridView;

/** The "Scoring" tab: filter bar, scoring grid and its legend. */
class ScoringPage : public QWidget
{
    Q_OBJECT

public:
    explicit ScoringPage(Document *document, QWidget *parent = nullptr);

    ScoreGridView *grid() const { return m_grid; }
    FilterBar *filterBar() const { return m_filterBar; }
    ScoreGridModel *model() const { return m_model; }
    void setLanguage(const QString &language);

private:
    ScoreGridModel *m_model;
    ScoreGridFilterModel *m_filterModel;
    FilterBar *m_filterBar;
    ScoreGridView *m_grid;
    GridLegend *m_legend;
};

} // namespace dpi
