#include "store/articletextsource.h"
#include "store/projectstore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "articlefixture.h"

using namespace demarche;

namespace {

using test::articleWithText;

const QString firstText = QString::fromUtf8("Lee asked Xi to mediate 😀. Xi urged patience.");
const QString secondText = QStringLiteral("Kim threatened Seoul.");

// What happens to the project file between creating the source and reading from it.
enum class Change { None, TextChanged, ArticleRemoved, FileRemoved };

// Changes the file through `store` as another process re-importing would.
bool applyChange(ProjectStore &store, Change change)
{
    if (change == Change::TextChanged)
        return bool(store.saveArticle(articleWithText(QStringLiteral("a"), secondText), {}));
    if (change == Change::ArticleRemoved)
        return QSqlQuery(store.database())
            .exec(QStringLiteral("DELETE FROM articles WHERE id = 'a'"));
    return true;
}

} // namespace

Q_DECLARE_METATYPE(Change)

class TestArticleTextSource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readsTextsOnDemand_data();
    void readsTextsOnDemand();
    void allTextsFailsWhenOneChanged_data();
    void allTextsFailsWhenOneChanged();
    void storeReadsArticlesWithoutText();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestArticleTextSource::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("p.demarche"));
    auto store = ProjectStore::open(m_path);
    QVERIFY2(store, qPrintable(store.error()));
    QVERIFY(store.value()->saveArticles({{articleWithText(QStringLiteral("a"), firstText), {}},
                                         {articleWithText(QStringLiteral("b"), secondText), {}}}));
}

void TestArticleTextSource::readsTextsOnDemand_data()
{
    QTest::addColumn<QString>("articleId");
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("error"); // part of the message; empty when the read succeeds

    QTest::newRow("unchanged, non-BMP text") << "a" << Change::None << firstText << QString();
    QTest::newRow("unchanged, other article") << "b" << Change::None << secondText << QString();
    QTest::newRow("other article changed") << "b" << Change::TextChanged << secondText << QString();
    QTest::newRow("unknown article") << "zz" << Change::None << QString() << "not in the project";
    QTest::newRow("text changed under us") << "a" << Change::TextChanged << QString() << "changed";
    QTest::newRow("article removed under us")
        << "a" << Change::ArticleRemoved << QString() << "no longer in";
    QTest::newRow("file removed under us") << "a" << Change::FileRemoved << QString() << "reading";
}

void TestArticleTextSource::readsTextsOnDemand()
{
    QFETCH(QString, articleId);
    QFETCH(Change, change);
    QFETCH(QString, expected);
    QFETCH(QString, error);

    std::shared_ptr<ArticleTextSource> source;
    {
        auto store = ProjectStore::open(m_path);
        QVERIFY(store);
        auto created = ArticleTextSource::create(*store.value());
        QVERIFY2(created, qPrintable(created.error()));
        source = created.value();
        QVERIFY(applyChange(*store.value(), change));
    }
    if (change == Change::FileRemoved)
        QVERIFY(QFile::remove(m_path));

    const Result<QString> text = source->text(articleId);
    if (error.isEmpty()) {
        QVERIFY2(text, qPrintable(text.error()));
        QCOMPARE(text.value(), expected);
        // Asked again (the source panel does, once per event of the article): same answer.
        QCOMPARE(source->text(articleId).value(), expected);
    } else {
        QVERIFY(!text);
        QVERIFY2(text.error().contains(error), qPrintable(text.error()));
    }
}

void TestArticleTextSource::allTextsFailsWhenOneChanged_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("error");

    QTest::newRow("unchanged") << Change::None << QString();
    QTest::newRow("one text changed") << Change::TextChanged << "changed";
    QTest::newRow("one article removed") << Change::ArticleRemoved << "no longer in";
}

void TestArticleTextSource::allTextsFailsWhenOneChanged()
{
    QFETCH(Change, change);
    QFETCH(QString, error);

    auto store = ProjectStore::open(m_path);
    QVERIFY(store);
    auto source = ArticleTextSource::create(*store.value());
    QVERIFY(source);
    QVERIFY(applyChange(*store.value(), change));

    const auto texts = source.value()->allTexts();
    if (error.isEmpty()) {
        QVERIFY2(texts, qPrintable(texts.error()));
        QCOMPARE(texts->size(), 2);
        QCOMPARE(texts->value(QStringLiteral("a")), firstText);
        QCOMPARE(texts->value(QStringLiteral("b")), secondText);
    } else {
        QVERIFY(!texts);
        QVERIFY2(texts.error().contains(error), qPrintable(texts.error()));
    }
}

void TestArticleTextSource::storeReadsArticlesWithoutText()
{
    auto store = ProjectStore::open(m_path);
    QVERIFY(store);
    const auto full = store.value()->articles();
    const auto light = store.value()->articles(ProjectStore::ArticleContent::WithoutText);
    QVERIFY(full);
    QVERIFY(light);
    QCOMPARE(light->size(), full->size());
    for (std::size_t i = 0; i < full->size(); ++i) {
        QVERIFY(light->at(i).text.isEmpty());
        QVERIFY(!full->at(i).text.isEmpty());
        Article withText = light->at(i);
        withText.text = full->at(i).text;
        QCOMPARE(withText, full->at(i));
    }
}

QTEST_GUILESS_MAIN(TestArticleTextSource)
#include "tst_articletextsource.moc"
