#include "extract/temporaltagger.h"

#include <QtTest>

using namespace demarche;

// The tagger phrase class by phrase class: each row is a sentence, its publication date, the
// words expected as one expression, and the TIMEX3 type, value and calendar interval.
class TestTemporalTagger final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tag_data();
    void tag();
    void untagged_data();
    void untagged();
    void spansAreInTextOrder();
    void emptyText();
    void invalidDocumentDate();
};

void TestTemporalTagger::tag_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDate>("earliest");
    QTest::addColumn<QDate>("latest");

    const QDate thu(2013, 3, 21); // a Thursday in ISO week 12
    // Explicit dates.
    QTest::newRow("month day year")
        << "The talks began on Aug. 7, 1998 in Geneva." << thu << "Aug. 7, 1998"
        << "DATE"
        << "1998-08-07" << QDate(1998, 8, 7) << QDate(1998, 8, 7);
    QTest::newRow("day month year") << "He arrived on 7 August 1998." << thu << "7 August 1998"
                                    << "DATE"
                                    << "1998-08-07" << QDate(1998, 8, 7) << QDate(1998, 8, 7);
    QTest::newRow("iso date") << "Signed 2012-02-29 in Paris." << thu << "2012-02-29"
                              << "DATE"
                              << "2012-02-29" << QDate(2012, 2, 29) << QDate(2012, 2, 29);
    QTest::newRow("us numeric") << "Filed 02/29/2016 in court." << thu << "02/29/2016"
                                << "DATE"
                                << "2016-02-29" << QDate(2016, 2, 29) << QDate(2016, 2, 29);
    QTest::newRow("weekday and date") << "It happened Friday, Oct. 23, officials said."
                                      << QDate(1998, 10, 26) << "Friday, Oct. 23"
                                      << "DATE"
                                      << "1998-10-23" << QDate(1998, 10, 23) << QDate(1998, 10, 23);
    QTest::newRow("month year") << "Prices rose in July 1997." << thu << "July 1997"
                                << "DATE"
                                << "1997-07" << QDate(1997, 7, 1) << QDate(1997, 7, 31);
    QTest::newRow("leap day month") << "The vote was in February 2012." << thu << "February 2012"
                                    << "DATE"
                                    << "2012-02" << QDate(2012, 2, 1) << QDate(2012, 2, 29);
    // Years, decades, centuries.
    QTest::newRow("bare year") << "Sales fell in 2010 after the crisis." << thu << "2010"
                               << "DATE"
                               << "2010" << QDate(2010, 1, 1) << QDate(2010, 12, 31);
    QTest::newRow("fiscal year") << "Profit for fiscal 1989 rose." << thu << "fiscal 1989"
                                 << "DATE"
                                 << "1989" << QDate(1989, 1, 1) << QDate(1989, 12, 31);
    QTest::newRow("fiscal year and digits")
        << "In fiscal year 2013 sales grew." << thu << "fiscal year 2013"
        << "DATE"
        << "2013" << QDate(2013, 1, 1) << QDate(2013, 12, 31);
    QTest::newRow("decade") << "Growth slowed in the 1990s." << thu << "the 1990s"
                            << "DATE"
                            << "199" << QDate(1990, 1, 1) << QDate(1999, 12, 31);
    QTest::newRow("decade word") << "It was built in the nineties." << thu << "the nineties"
                                 << "DATE"
                                 << "199" << QDate(1990, 1, 1) << QDate(1999, 12, 31);
    QTest::newRow("century") << "The 20th century saw two wars." << thu << "The 20th century"
                             << "DATE"
                             << "19" << QDate(1900, 1, 1) << QDate(1999, 12, 31);
    QTest::newRow("hyphenated century")
        << "The 15th-century church burned." << thu << "15th-century"
        << "DATE"
        << "14" << QDate(1400, 1, 1) << QDate(1499, 12, 31);
    QTest::newRow("spelled year") << "It was founded in nineteen ninety-six." << thu
                                  << "nineteen ninety-six"
                                  << "DATE"
                                  << "1996" << QDate(1996, 1, 1) << QDate(1996, 12, 31);
    QTest::newRow("month spelled year")
        << "It began in January nineteen ninety-seven." << thu << "January nineteen ninety-seven"
        << "DATE"
        << "1997-01" << QDate(1997, 1, 1) << QDate(1997, 1, 31);
    QTest::newRow("the year two thousand")
        << "The goal by the year two thousand has been abandoned." << thu << "the year two thousand"
        << "DATE"
        << "2000" << QDate(2000, 1, 1) << QDate(2000, 12, 31);
    // Modifiers.
    QTest::newRow("mid year") << "The plant opens in mid-2025." << thu << "mid-2025"
                              << "DATE"
                              << "2025" << QDate(2025, 5, 2) << QDate(2025, 9, 1);
    QTest::newRow("early next year") << "He will go early next year." << thu << "early next year"
                                     << "DATE"
                                     << "2014" << QDate(2014, 1, 1) << QDate(2014, 5, 1);
    QTest::newRow("end of year") << "It ends at the end of 1990." << thu << "the end of 1990"
                                 << "DATE"
                                 << "1990" << QDate(1990, 9, 2) << QDate(1990, 12, 31);
    QTest::newRow("late decade") << "It began in the late 1970s." << thu << "the late 1970s"
                                 << "DATE"
                                 << "197" << QDate(1976, 9, 1) << QDate(1979, 12, 31);
    // Quarters and halves.
    // A past verb and a quarter still to come: the quarter of the year before.
    QTest::newRow("quarter past") << "Profit rose in the third quarter." << thu
                                  << "the third quarter"
                                  << "DATE"
                                  << "2012-Q3" << QDate(2012, 7, 1) << QDate(2012, 9, 30);
    QTest::newRow("quarter future")
        << "Profit will rise in the third quarter." << thu << "the third quarter"
        << "DATE"
        << "2013-Q3" << QDate(2013, 7, 1) << QDate(2013, 9, 30);
    QTest::newRow("quarter of year")
        << "It fell in the fourth quarter of 2012." << thu << "the fourth quarter of 2012"
        << "DATE"
        << "2012-Q4" << QDate(2012, 10, 1) << QDate(2012, 12, 31);
    QTest::newRow("fiscal quarter")
        << "In the fiscal first quarter sales rose." << thu << "the fiscal first quarter"
        << "DATE"
        << "2013-Q1" << QDate(2013, 1, 1) << QDate(2013, 3, 31);
    QTest::newRow("adjectival quarter")
        << "Its first-quarter profit rose." << thu << "first-quarter"
        << "DATE"
        << "2013-Q1" << QDate(2013, 1, 1) << QDate(2013, 3, 31);
    QTest::newRow("half") << "Sales in the first half of 1990 rose." << thu
                          << "the first half of 1990"
                          << "DATE"
                          << "1990-H1" << QDate(1990, 1, 1) << QDate(1990, 6, 30);
    // Seasons.
    QTest::newRow("last summer") << "Prices rose last summer." << thu << "last summer"
                                 << "DATE"
                                 << "2012-SU" << QDate(2012, 6, 1) << QDate(2012, 8, 31);
    QTest::newRow("winter across years")
        << "It snowed in the winter of 2011." << thu << "the winter of 2011"
        << "DATE"
        << "2011-WI" << QDate(2011, 12, 1) << QDate(2012, 2, 29);
    // Deictic units: the ISO week, month, year.
    QTest::newRow("this week") << "Talks resume this week." << thu << "this week"
                               << "DATE"
                               << "2013-W12" << QDate(2013, 3, 18) << QDate(2013, 3, 24);
    QTest::newRow("last week") << "Talks failed last week." << thu << "last week"
                               << "DATE"
                               << "2013-W11" << QDate(2013, 3, 11) << QDate(2013, 3, 17);
    QTest::newRow("week 53") << "Talks resume this week." << QDate(2015, 12, 31) << "this week"
                             << "DATE"
                             << "2015-W53" << QDate(2015, 12, 28) << QDate(2016, 1, 3);
    QTest::newRow("week 1 of next iso year")
        << "Talks resume this week." << QDate(2014, 12, 30) << "this week"
        << "DATE"
        << "2015-W01" << QDate(2014, 12, 29) << QDate(2015, 1, 4);
    QTest::newRow("last week 52") << "Talks failed last week." << QDate(2013, 1, 2) << "last week"
                                  << "DATE"
                                  << "2012-W52" << QDate(2012, 12, 24) << QDate(2012, 12, 30);
    QTest::newRow("next month over year")
        << "He will visit next month." << QDate(2013, 12, 10) << "next month"
        << "DATE"
        << "2014-01" << QDate(2014, 1, 1) << QDate(2014, 1, 31);
    QTest::newRow("last year") << "Exports fell last year." << thu << "last year"
                               << "DATE"
                               << "2012" << QDate(2012, 1, 1) << QDate(2012, 12, 31);
    QTest::newRow("last month in january")
        << "Exports fell last month." << QDate(2013, 1, 15) << "last month"
        << "DATE"
        << "2012-12" << QDate(2012, 12, 1) << QDate(2012, 12, 31);
    // Days.
    QTest::newRow("yesterday") << "The minister resigned yesterday." << thu << "yesterday"
                               << "DATE"
                               << "2013-03-20" << QDate(2013, 3, 20) << QDate(2013, 3, 20);
    QTest::newRow("tomorrow leap") << "They will meet tomorrow." << QDate(2012, 2, 28) << "tomorrow"
                                   << "DATE"
                                   << "2012-02-29" << QDate(2012, 2, 29) << QDate(2012, 2, 29);
    QTest::newRow("today") << "Markets opened today." << thu << "today"
                           << "DATE"
                           << "2013-03-21" << thu << thu;
    QTest::newRow("this morning") << "He spoke this morning." << thu << "this morning"
                                  << "TIME"
                                  << "2013-03-21TMO" << thu << thu;
    QTest::newRow("last night") << "Fighting erupted last night." << thu << "last night"
                                << "TIME"
                                << "2013-03-20TNI" << QDate(2013, 3, 20) << QDate(2013, 3, 20);
    // Weekdays by tense.
    QTest::newRow("weekday past") << "The president met him on Monday." << thu << "Monday"
                                  << "DATE"
                                  << "2013-03-18" << QDate(2013, 3, 18) << QDate(2013, 3, 18);
    QTest::newRow("weekday future") << "The president will meet him on Monday." << thu << "Monday"
                                    << "DATE"
                                    << "2013-03-25" << QDate(2013, 3, 25) << QDate(2013, 3, 25);
    QTest::newRow("weekday night") << "Fighting erupted Tuesday night." << thu << "Tuesday night"
                                   << "TIME"
                                   << "2013-03-19TNI" << QDate(2013, 3, 19) << QDate(2013, 3, 19);
    QTest::newRow("weekday morning future")
        << "The vote will be held Friday morning." << thu << "Friday morning"
        << "TIME"
        << "2013-03-22TMO" << QDate(2013, 3, 22) << QDate(2013, 3, 22);
    QTest::newRow("last friday") << "He left last Friday." << thu << "last Friday"
                                 << "DATE"
                                 << "2013-03-15" << QDate(2013, 3, 15) << QDate(2013, 3, 15);
    QTest::newRow("next tuesday") << "He leaves next Tuesday." << thu << "next Tuesday"
                                  << "DATE"
                                  << "2013-03-26" << QDate(2013, 3, 26) << QDate(2013, 3, 26);
    // The governing verb group, not the nearest word: intentions before an infinitive, a
    // perfect that puts a plan in the past, the verb before the expression first.
    QTest::newRow("is to resume") << "The stock is to resume trading Tuesday." << thu << "Tuesday"
                                  << "DATE"
                                  << "2013-03-26" << QDate(2013, 3, 26) << QDate(2013, 3, 26);
    QTest::newRow("set to expire") << "The offer is set to expire Friday." << thu << "Friday"
                                   << "DATE"
                                   << "2013-03-22" << QDate(2013, 3, 22) << QDate(2013, 3, 22);
    QTest::newRow("set as past participle")
        << "The index is near the record high set on Aug. 6." << QDate(1998, 2, 6) << "Aug. 6"
        << "DATE"
        << "1997-08-06" << QDate(1997, 8, 6) << QDate(1997, 8, 6);
    QTest::newRow("had been due") << "The offer had been due to expire Monday." << thu << "Monday"
                                  << "DATE"
                                  << "2013-03-18" << QDate(2013, 3, 18) << QDate(2013, 3, 18);
    QTest::newRow("verb before wins")
        << "He will fly out Tuesday, officials said." << thu << "Tuesday"
        << "DATE"
        << "2013-03-26" << QDate(2013, 3, 26) << QDate(2013, 3, 26);
    QTest::newRow("verb after when none before")
        << "On Tuesday, the government announced new taxes." << thu << "Tuesday"
        << "DATE"
        << "2013-03-19" << QDate(2013, 3, 19) << QDate(2013, 3, 19);
    // Prepositions that point: deadlines ahead, "since" back.
    QTest::newRow("by month") << "Talks are supposed to conclude by May." << thu << "May"
                              << "DATE"
                              << "2013-05" << QDate(2013, 5, 1) << QDate(2013, 5, 31);
    QTest::newRow("until weekday")
        << "Officials postponed the vote until Tuesday." << thu << "Tuesday"
        << "DATE"
        << "2013-03-26" << QDate(2013, 3, 26) << QDate(2013, 3, 26);
    QTest::newRow("as soon as") << "They could come as soon as Monday, he said." << thu << "Monday"
                                << "DATE"
                                << "2013-03-25" << QDate(2013, 3, 25) << QDate(2013, 3, 25);
    QTest::newRow("until closed by past perfect")
        << "Until Thursday, they had not called him a suspect." << thu << "Thursday"
        << "DATE"
        << "2013-03-21" << QDate(2013, 3, 21) << QDate(2013, 3, 21);
    QTest::newRow("possessive weekday")
        << "They will look for ways around Tuesday's ruling." << thu << "Tuesday"
        << "DATE"
        << "2013-03-19" << QDate(2013, 3, 19) << QDate(2013, 3, 19);
    QTest::newRow("clock time on the day last named")
        << "He was shot on Oct. 23, 1998. It happened at 10 p.m. in his kitchen."
        << QDate(1999, 4, 19) << "10 p.m."
        << "TIME"
        << "1998-10-23T22:00" << QDate(1998, 10, 23) << QDate(1998, 10, 23);
    QTest::newRow("clock time with nothing named before")
        << "The quake struck at 10:30 a.m. and shook the city." << thu << "10:30 a.m."
        << "TIME"
        << "2013-03-21T10:30" << thu << thu;
    QTest::newRow("time zone and weekday")
        << "The vote closed at 9:30 a.m. ET Thursday." << thu << "9:30 a.m. ET Thursday"
        << "TIME"
        << "2013-03-21T09:30" << QDate(2013, 3, 21) << QDate(2013, 3, 21);
    QTest::newRow("british summer time")
        << "Trading opens at 8 a.m. BST." << thu << "8 a.m. BST"
        << "TIME"
        << "2013-03-21T08:00" << QDate(2013, 3, 21) << QDate(2013, 3, 21);
    QTest::newRow("clock time in local time on a weekday")
        << "The quake struck at 10:30 a.m. local time on Saturday." << thu
        << "10:30 a.m. local time on Saturday"
        << "TIME"
        << "2013-03-16T10:30" << QDate(2013, 3, 16) << QDate(2013, 3, 16);
    QTest::newRow("that night after the following day")
        << "The following day he resigned. That night he left." << thu << "That night"
        << "TIME"
        << "2013-03-22TNI" << QDate(2013, 3, 22) << QDate(2013, 3, 22);
    QTest::newRow("last as a verb")
        << "The trial is expected to last several weeks." << thu << "several weeks"
        << "DURATION"
        << "PXW" << QDate() << QDate();
    QTest::newRow("end of the month")
        << "The ceasefire will hold until the end of the month." << thu << "the end of the month"
        << "DATE"
        << "2013-03" << QDate(2013, 3, 22) << QDate(2013, 3, 31);
    QTest::newRow("half of the year")
        << "Sales in the first half of the year rose." << thu << "the first half of the year"
        << "DATE"
        << "2013-H1" << QDate(2013, 1, 1) << QDate(2013, 6, 30);
    QTest::newRow("quarter of this year") << "Profit fell in the third quarter of last year." << thu
                                          << "the third quarter of last year"
                                          << "DATE"
                                          << "2012-Q3" << QDate(2012, 7, 1) << QDate(2012, 9, 30);
    QTest::newRow("consecutive quarters") << "The economy has shrunk for six consecutive quarters."
                                          << thu << "six consecutive quarters"
                                          << "DURATION"
                                          << "P6Q" << QDate() << QDate();
    QTest::newRow("more weeks") << "The talks need two more weeks." << thu << "two more weeks"
                                << "DURATION"
                                << "P2W" << QDate() << QDate();
    QTest::newRow("trading days") << "The index fell for eight trading days." << thu
                                  << "eight trading days"
                                  << "DURATION"
                                  << "P8D" << QDate() << QDate();
    QTest::newRow("24-hour clock") << "The polls closed at 22:30 in the capital." << thu << "22:30"
                                   << "TIME"
                                   << "2013-03-21T22:30" << thu << thu;
    QTest::newRow("frequency word opening a sentence")
        << "Weekly, the council meets in public." << thu << "Weekly"
        << "SET"
        << "P1W" << QDate() << QDate();
    QTest::newRow("half an hour") << "After nearly half an hour, the team scored." << thu
                                  << "nearly half an hour"
                                  << "DURATION"
                                  << "PT30M" << QDate() << QDate();
    QTest::newRow("half a year") << "The plant stood idle for half a year." << thu << "half a year"
                                 << "DURATION"
                                 << "P6M" << QDate() << QDate();
    QTest::newRow("following month after a bare month")
        << "The board met in March. The following month, the company was sold."
        << QDate(1989, 10, 27) << "The following month"
        << "DATE"
        << "1989-04" << QDate(1989, 4, 1) << QDate(1989, 4, 30);
    QTest::newRow("the next morning")
        << "He was arrested on Feb. 22. The next morning he was released." << thu
        << "The next morning"
        << "TIME"
        << "2013-02-23TMO" << QDate(2013, 2, 23) << QDate(2013, 2, 23);
    QTest::newRow("each season") << "The festival takes place each summer." << thu << "each summer"
                                 << "SET"
                                 << "XXXX-SU" << QDate() << QDate();
    QTest::newRow("clock time dated past a parenthesis")
        << "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building."
        << QDate(1998, 8, 8) << "10:35 a.m."
        << "TIME"
        << "1998-08-07T10:35" << QDate(1998, 8, 7) << QDate(1998, 8, 7);
    QTest::newRow("end of the decade last named")
        << "In the 1990s the country was at war; by the end of the decade, peace returned." << thu
        << "the end of the decade"
        << "DATE"
        << "199" << QDate(1996, 9, 1) << QDate(1999, 12, 31);
    QTest::newRow("thousands count")
        << "The city was founded 1,500 years ago." << thu << "1,500 years ago"
        << "DATE"
        << "0513" << QDate(513, 1, 1) << QDate(513, 12, 31);
    QTest::newRow("thousands duration")
        << "The tradition has lasted for 1,000 years." << thu << "1,000 years"
        << "DURATION"
        << "P1000Y" << QDate() << QDate();
    QTest::newRow("present passive")
        << "The council sits until elections are held on July 20." << QDate(1997, 4, 2) << "July 20"
        << "DATE"
        << "1997-07-20" << QDate(1997, 7, 20) << QDate(1997, 7, 20);
    QTest::newRow("plan in a past perfect")
        << "The vote had been initially scheduled for January 25." << QDate(1997, 4, 11)
        << "January 25"
        << "DATE"
        << "1997-01-25" << QDate(1997, 1, 25) << QDate(1997, 1, 25);
    QTest::newRow("reporting verb after the clause")
        << "A new plant near Bangkok, with production starting in December, the spokesman said."
        << QDate(1997, 4, 25) << "December"
        << "DATE"
        << "1997-12" << QDate(1997, 12, 1) << QDate(1997, 12, 31);
    QTest::newRow("since month") << "Prices will keep rising since August." << thu << "August"
                                 << "DATE"
                                 << "2012-08" << QDate(2012, 8, 1) << QDate(2012, 8, 31);
    // Months by tense, across year boundaries.
    QTest::newRow("month past") << "The rebels attacked in August." << thu << "August"
                                << "DATE"
                                << "2012-08" << QDate(2012, 8, 1) << QDate(2012, 8, 31);
    // "unspecified" after an article is an adjective: "would be paid" dates the clause.
    QTest::newRow("participle adjective") << "It would be paid on a still unspecified date in "
                                             "January."
                                          << thu << "January"
                                          << "DATE"
                                          << "2014-01" << QDate(2014, 1, 1) << QDate(2014, 1, 31);
    QTest::newRow("month future") << "Elections will be held in August." << thu << "August"
                                  << "DATE"
                                  << "2013-08" << QDate(2013, 8, 1) << QDate(2013, 8, 31);
    // A future group ends at its participle: a later past verb of the sentence is past again.
    QTest::newRow("past verb after a future clause")
        << "The first sign the launch would be late came in February." << thu << "February"
        << "DATE"
        << "2013-02" << QDate(2013, 2, 1) << QDate(2013, 2, 28);
    QTest::newRow("future group through an adverb")
        << "The new congress will also be elected in August." << thu << "August"
        << "DATE"
        << "2013-08" << QDate(2013, 8, 1) << QDate(2013, 8, 31);
    QTest::newRow("coordinated future participles")
        << "The score will be presented and played on Friday." << thu << "Friday"
        << "DATE"
        << "2013-03-22" << QDate(2013, 3, 22) << QDate(2013, 3, 22);
    // A reporting verb right after the expression is its clause's own verb, not a report of it.
    QTest::newRow("said right after a month")
        << "Baghdad, which in September said it would stop the flights, refused." << thu
        << "September"
        << "DATE"
        << "2012-09" << QDate(2012, 9, 1) << QDate(2012, 9, 30);
    QTest::newRow("said right after a weekday")
        << "The bureau Sunday said it would prosecute him." << thu << "Sunday"
        << "DATE"
        << "2013-03-17" << QDate(2013, 3, 17) << QDate(2013, 3, 17);
    QTest::newRow("the year and digits")
        << "Deaths fell to 85 by the year 2002." << thu << "the year 2002"
        << "DATE"
        << "2002" << QDate(2002, 1, 1) << QDate(2002, 12, 31);
    QTest::newRow("the year in apposition")
        << "She was born in 1990, the year Beijing hosted the Games." << thu << "the year"
        << "DATE"
        << "1990" << QDate(1990, 1, 1) << QDate(1990, 12, 31);
    QTest::newRow("the year after a year in another sentence")
        << "It lost 10 million in 2005. In the first half of the year, it lost more." << thu
        << "the first half of the year"
        << "DATE"
        << "2013-H1" << QDate(2013, 1, 1) << QDate(2013, 6, 30);
    // "that day" after a month: a day of that month, which the text does not give.
    QTest::newRow("that day after a month")
        << "He was killed last October. The site crossed his name out that same day."
        << QDate(1999, 2, 6) << "that same day"
        << "DATE"
        << "1998-10-XX" << QDate(1998, 10, 1) << QDate(1998, 10, 31);
    QTest::newRow("that month after a year")
        << "Sales began in 1987. They doubled that month." << thu << "that month"
        << "DATE"
        << "1987-XX" << QDate(1987, 1, 1) << QDate(1987, 12, 31);
    QTest::newRow("a day of hours ago")
        << "The site went down 24 hours ago." << QDate(2008, 1, 20) << "24 hours ago"
        << "DATE"
        << "2008-01-19" << QDate(2008, 1, 19) << QDate(2008, 1, 19);
    QTest::newRow("hours ago within the day")
        << "The site went down two hours ago." << QDate(2008, 1, 20) << "two hours ago"
        << "DATE"
        << "2008-01-20" << QDate(2008, 1, 20) << QDate(2008, 1, 20);
    QTest::newRow("the year before alone")
        << "At least 83 were put to death in 2005 and 35 the year before." << thu
        << "the year before"
        << "DATE"
        << "2004" << QDate(2004, 1, 1) << QDate(2004, 12, 31);
    QTest::newRow("the month after alone")
        << "Exports fell in May 2014 and rose the month after, officials said." << thu
        << "the month after"
        << "DATE"
        << "2014-06" << QDate(2014, 6, 1) << QDate(2014, 6, 30);
    // A range's start follows its end's year when neither gives one.
    QTest::newRow("yearless range start in the past")
        << "From March to May the rains fell." << thu << "March"
        << "DATE"
        << "2012-03" << QDate(2012, 3, 1) << QDate(2012, 3, 31);
    QTest::newRow("yearless range across new year")
        << "Between December and February it snowed." << thu << "December"
        << "DATE"
        << "2012-12" << QDate(2012, 12, 1) << QDate(2012, 12, 31);
    QTest::newRow("yearless day range across new year")
        << "The talks ran from Dec. 30 to Jan. 2." << thu << "Dec. 30"
        << "DATE"
        << "2012-12-30" << QDate(2012, 12, 30) << QDate(2012, 12, 30);
    // A schedule in the present looks ahead, across the new year too.
    QTest::newRow("present schedule across the new year")
        << "The league resumes on January 26." << QDate(2006, 12, 14) << "January 26"
        << "DATE"
        << "2007-01-26" << QDate(2007, 1, 26) << QDate(2007, 1, 26);
    QTest::newRow("present schedule on a weekday")
        << "The sentencing phase begins on Wednesday." << QDate(2006, 12, 4) << "Wednesday"
        << "DATE"
        << "2006-12-06" << QDate(2006, 12, 6) << QDate(2006, 12, 6);
    // A possessive day looks back unless its clause plainly looks ahead.
    QTest::newRow("possessive day in a future clause")
        << "The two winners will meet in Sunday's final." << thu << "Sunday"
        << "DATE"
        << "2013-03-24" << QDate(2013, 3, 24) << QDate(2013, 3, 24);
    QTest::newRow("possessive day after would")
        << "They would look for ways around Wednesday's ruling." << thu << "Wednesday"
        << "DATE"
        << "2013-03-20" << QDate(2013, 3, 20) << QDate(2013, 3, 20);
    // "the quarter ended <month>": the calendar quarter when the story named none before, the
    // named one (maybe fiscal) when it did.
    QTest::newRow("the quarter ended a month")
        << "The quarter ended Dec. 31 was strong." << thu << "The quarter"
        << "DATE"
        << "2012-Q4" << QDate(2012, 10, 1) << QDate(2012, 12, 31);
    QTest::newRow("the quarter ending a month ahead")
        << "Sales will rise in the quarter ending June 30." << thu << "the quarter"
        << "DATE"
        << "2013-Q2" << QDate(2013, 4, 1) << QDate(2013, 6, 30);
    QTest::newRow("the quarter ended after a fiscal quarter")
        << "Sun's fiscal first quarter was weak. Sales in the quarter ended Sept. 30 fell."
        << QDate(1989, 10, 26) << "the quarter"
        << "DATE"
        << "1989-Q1" << QDate(1989, 1, 1) << QDate(1989, 3, 31);
    QTest::newRow("month of this year")
        << "NASA had planned the launch in November of this year." << thu << "November of this year"
        << "DATE"
        << "2013-11" << QDate(2013, 11, 1) << QDate(2013, 11, 30);
    QTest::newRow("month of last year in January")
        << "Prices peaked in December of last year." << QDate(2014, 1, 3) << "December of last year"
        << "DATE"
        << "2013-12" << QDate(2013, 12, 1) << QDate(2013, 12, 31);
    // A year named before says nothing of the month: "the month" is the month of publication.
    QTest::newRow("the month after a bare year")
        << "A truce has held since 1991. The mission will last until the end of the month." << thu
        << "the end of the month"
        << "DATE"
        << "2013-03" << QDate(2013, 3, 22) << QDate(2013, 3, 31);
    QTest::newRow("payable date ahead")
        << "The company said the dividend was payable Jan. 2." << QDate(1989, 11, 2) << "Jan. 2"
        << "DATE"
        << "1990-01-02" << QDate(1990, 1, 2) << QDate(1990, 1, 2);
    QTest::newRow("record date ahead")
        << "It declared a dividend to holders of record Jan. 5." << QDate(1989, 11, 2) << "Jan. 5"
        << "DATE"
        << "1990-01-05" << QDate(1990, 1, 5) << QDate(1990, 1, 5);
    QTest::newRow("past month after abbreviation")
        << "The car was found abandoned at the Newark, N.J., airport in December."
        << QDate(1999, 4, 10) << "December"
        << "DATE"
        << "1998-12" << QDate(1998, 12, 1) << QDate(1998, 12, 31);
    QTest::newRow("december in january")
        << "The deal was signed in December." << QDate(2013, 1, 10) << "December"
        << "DATE"
        << "2012-12" << QDate(2012, 12, 1) << QDate(2012, 12, 31);
    QTest::newRow("january in december")
        << "The summit will open in January." << QDate(2012, 12, 10) << "January"
        << "DATE"
        << "2013-01" << QDate(2013, 1, 1) << QDate(2013, 1, 31);
    QTest::newRow("last november") << "Prices peaked last November." << thu << "last November"
                                   << "DATE"
                                   << "2012-11" << QDate(2012, 11, 1) << QDate(2012, 11, 30);
    QTest::newRow("month far ahead without tense")
        << "Police have been searching for him since shortly after the Oct. 23 slaying."
        << QDate(1999, 5, 6) << "Oct. 23"
        << "DATE"
        << "1998-10-23" << QDate(1998, 10, 23) << QDate(1998, 10, 23);
    QTest::newRow("last month day")
        << "He was shot to death last Oct. 23 at his home." << QDate(1999, 4, 19) << "Oct. 23"
        << "DATE"
        << "1998-10-23" << QDate(1998, 10, 23) << QDate(1998, 10, 23);
    QTest::newRow("year-end past")
        << "Debt stood at $2 billion at year-end." << QDate(1989, 10, 30) << "year-end"
        << "DATE"
        << "1988-12-31" << QDate(1988, 12, 31) << QDate(1988, 12, 31);
    QTest::newRow("year end future")
        << "The deal should close by year end." << QDate(1989, 10, 30) << "year end"
        << "DATE"
        << "1989-12-31" << QDate(1989, 12, 31) << QDate(1989, 12, 31);
    QTest::newRow("month day no year") << "The cease-fire began on March 12." << thu << "March 12"
                                       << "DATE"
                                       << "2013-03-12" << QDate(2013, 3, 12) << QDate(2013, 3, 12);
    // Shifts.
    QTest::newRow("years ago") << "The war ended two years ago." << thu << "two years ago"
                               << "DATE"
                               << "2011" << QDate(2011, 1, 1) << QDate(2011, 12, 31);
    QTest::newRow("days ago") << "He fled three days ago." << thu << "three days ago"
                              << "DATE"
                              << "2013-03-18" << QDate(2013, 3, 18) << QDate(2013, 3, 18);
    QTest::newRow("months later from stated date")
        << "On Jan. 5, 2010 it began. Two months later it ended." << thu << "Two months later"
        << "DATE"
        << "2010-03" << QDate(2010, 3, 1) << QDate(2010, 3, 31);
    QTest::newRow("day earlier leap")
        << "On March 1, 2012 he left; a day earlier he resigned." << thu << "a day earlier"
        << "DATE"
        << "2012-02-29" << QDate(2012, 2, 29) << QDate(2012, 2, 29);
    QTest::newRow("vague count ago") << "A few years ago he left." << thu << "A few years ago"
                                     << "DATE"
                                     << "PAST_REF" << thu.addDays(-364) << thu;
    // References.
    QTest::newRow("now") << "Now the talks are over." << thu << "Now"
                         << "DATE"
                         << "PRESENT_REF" << thu << thu;
    QTest::newRow("recently") << "He recently met rebels." << thu << "recently"
                              << "DATE"
                              << "PAST_REF" << thu.addDays(-91) << thu;
    QTest::newRow("currently") << "He is currently in Cairo." << thu << "currently"
                               << "DATE"
                               << "PRESENT_REF" << thu << thu;
    QTest::newRow("the future") << "Talks may resume in the future." << thu << "the future"
                                << "DATE"
                                << "FUTURE_REF" << thu << thu.addDays(91);
    // "earlier"/"later" stay out of weekdays and weeks but modify months and years (TimeBank).
    QTest::newRow("earlier this week") << "Earlier this week he resigned." << thu << "this week"
                                       << "DATE"
                                       << "2013-W12" << QDate(2013, 3, 18) << QDate(2013, 3, 24);
    QTest::newRow("earlier weekday") << "Earlier Tuesday the talks failed." << thu << "Tuesday"
                                     << "DATE"
                                     << "2013-03-19" << QDate(2013, 3, 19) << QDate(2013, 3, 19);
    QTest::newRow("earlier this year")
        << "He resigned earlier this year." << thu << "earlier this year"
        << "DATE"
        << "2013" << QDate(2013, 1, 1) << QDate(2013, 5, 1);
    // "The year-ago results": the article goes with the noun after the hyphenated modifier.
    QTest::newRow("year-ago modifier") << "The year-ago results were restated." << thu << "year-ago"
                                       << "DATE"
                                       << "2012" << QDate(2012, 1, 1) << QDate(2012, 12, 31);
    QTest::newRow("the year-ago quarter")
        << "Profit fell in the third quarter of 1989 from the year-ago quarter." << thu
        << "the year-ago quarter"
        << "DATE"
        << "1988-Q3" << QDate(1988, 7, 1) << QDate(1988, 9, 30);
    QTest::newRow("year period") << "Sales rose from the 1988 period." << thu << "the 1988 period"
                                 << "DATE"
                                 << "1988" << QDate(1988, 1, 1) << QDate(1988, 12, 31);
    // After a named quarter, "the 1988 period/quarter" is that quarter of 1988 (TBAQ 2 of 3).
    // A present perfect tells of the past; "have to" looks ahead.
    QTest::newRow("present perfect") << "Oil prices have come down from the middle of October."
                                     << QDate(1998, 2, 23) << "the middle of October"
                                     << "DATE"
                                     << "1997-10" << QDate(1997, 10, 11) << QDate(1997, 10, 21);
    QTest::newRow("have to") << "They have to pay in January." << thu << "January"
                             << "DATE"
                             << "2014-01" << QDate(2014, 1, 1) << QDate(2014, 1, 31);
    QTest::newRow("year period after quarter")
        << "Profit rose in the third quarter of 1989 from the 1988 period." << thu
        << "the 1988 period"
        << "DATE"
        << "1988-Q3" << QDate(1988, 7, 1) << QDate(1988, 9, 30);
    QTest::newRow("year quarter after quarter")
        << "Sales fell in the fiscal first quarter of 1990 from the 1989 quarter." << thu
        << "the 1989 quarter"
        << "DATE"
        << "1989-Q1" << QDate(1989, 1, 1) << QDate(1989, 3, 31);
    // Year-ago comparisons refer to the report's quarter: the latest one over at publication,
    // not an earlier quarter named in passing nor one still to come.
    const QDate nov89(1989, 11, 2);
    QTest::newRow("year ago after earlier quarter")
        << "Net rose in the third quarter. After a flat second quarter, costs fell from a year ago."
        << nov89 << "a year ago"
        << "DATE"
        << "1988-Q3" << QDate(1988, 7, 1) << QDate(1988, 9, 30);
    QTest::newRow("year ago after coming quarter")
        << "Net rose in the third quarter. A fourth-quarter charge will follow. Net was $5 a year "
           "ago."
        << nov89 << "a year ago"
        << "DATE"
        << "1988-Q3" << QDate(1988, 7, 1) << QDate(1988, 9, 30);
    QTest::newRow("year ago after old quarter")
        << "It stopped paying in the third quarter of 1984. Third-quarter net rose from a year ago."
        << nov89 << "a year ago"
        << "DATE"
        << "1988-Q3" << QDate(1988, 7, 1) << QDate(1988, 9, 30);
    QTest::newRow("year-ago period after next year's quarter")
        << "Net fell in the third quarter. Losses may last through the third quarter of 1990. In "
           "the year-ago period, net rose."
        << nov89 << "the year-ago period"
        << "DATE"
        << "1988-Q3" << QDate(1988, 7, 1) << QDate(1988, 9, 30);
    QTest::newRow("year quarter alone")
        << "Sales rose from the 1988 quarter." << thu << "the 1988 quarter"
        << "DATE"
        << "1988" << QDate(1988, 1, 1) << QDate(1988, 12, 31);
    QTest::newRow("the week") << "For the week, the index rose 2%." << thu << "the week"
                              << "DATE"
                              << "2013-W12" << QDate(2013, 3, 18) << QDate(2013, 3, 24);
    QTest::newRow("the full year") << "Sales for the full year rose." << thu << "the full year"
                                   << "DATE"
                                   << "2013" << QDate(2013, 1, 1) << QDate(2013, 12, 31);
    // Durations and sets: no interval.
    QTest::newRow("within a week") << "It will end within a week." << thu << "a week"
                                   << "DURATION"
                                   << "P1W" << QDate() << QDate();
    QTest::newRow("the fiscal year ended")
        << "Net income for the fiscal year ended June 30 rose." << thu << "the fiscal year"
        << "DURATION"
        << "P1Y" << QDate() << QDate();
    QTest::newRow("fiscal year ended")
        << "Net income for the year ended Sept. 30 rose." << thu << "the year"
        << "DURATION"
        << "P1Y" << QDate() << QDate();
    QTest::newRow("duration") << "The strike lasted five years." << thu << "five years"
                              << "DURATION"
                              << "P5Y" << QDate() << QDate();
    QTest::newRow("compound number")
        << "In the last twenty-four hours prices fell." << thu << "the last twenty-four hours"
        << "DURATION"
        << "PT24H" << QDate() << QDate();
    QTest::newRow("vague duration") << "It took several months." << thu << "several months"
                                    << "DURATION"
                                    << "PXM" << QDate() << QDate();
    QTest::newRow("qualified duration")
        << "They waited more than four hours." << thu << "more than four hours"
        << "DURATION"
        << "PT4H" << QDate() << QDate();
    // TimeBank leaves "about" out of a bare length but keeps it in a shift.
    QTest::newRow("about length") << "He spent about five hours there." << thu << "five hours"
                                  << "DURATION"
                                  << "PT5H" << QDate() << QDate();
    QTest::newRow("about shift") << "He left about two years ago." << thu << "about two years ago"
                                 << "DATE"
                                 << "2011" << QDate(2011, 1, 1) << QDate(2011, 12, 31);
    QTest::newRow("around a date")
        << "The sale should close around Nov. 1, it said." << QDate(1989, 10, 26) << "around Nov. 1"
        << "DATE"
        << "1989-11-01" << QDate(1989, 11, 1) << QDate(1989, 11, 1);
    QTest::newRow("around as a particle")
        << "They sought ways to get around Wednesday's ruling." << thu << "Wednesday"
        << "DATE"
        << "2013-03-20" << QDate(2013, 3, 20) << QDate(2013, 3, 20);
    QTest::newRow("nearly length")
        << "The siege lasted nearly five months." << thu << "nearly five months"
        << "DURATION"
        << "P5M" << QDate() << QDate();
    QTest::newRow("adjectival duration") << "He signed a two-year contract." << thu << "two-year"
                                         << "DURATION"
                                         << "P2Y" << QDate() << QDate();
    QTest::newRow("unit-long") << "They left their third day-long meeting." << thu << "day-long"
                               << "DURATION"
                               << "P1D" << QDate() << QDate();
    QTest::newRow("units-long") << "It fed a decades-long battle." << thu << "decades-long"
                                << "DURATION"
                                << "PXY" << QDate() << QDate();
    QTest::newRow("coming weeks") << "Talks resume in coming weeks." << thu << "coming weeks"
                                  << "DURATION"
                                  << "PXW" << QDate() << QDate();
    // An event-anchored plural keeps its article out ("in the weeks before the shooting").
    QTest::newRow("weeks before an event")
        << "He was seen there in the weeks before the shooting." << thu << "weeks"
        << "DURATION"
        << "PXW" << QDate() << QDate();
    QTest::newRow("years that followed")
        << "In the years that followed, the group grew." << thu << "years"
        << "DURATION"
        << "PXY" << QDate() << QDate();
    QTest::newRow("recent years") << "Prices rose in recent years." << thu << "recent years"
                                  << "DURATION"
                                  << "PXY" << QDate() << QDate();
    QTest::newRow("next couple of years")
        << "It will grow over the next couple of years." << thu << "the next couple of years"
        << "DURATION"
        << "P2Y" << QDate() << QDate();
    QTest::newRow("fraction years") << "He served 2 1/2 years in prison." << thu << "2 1/2 years"
                                    << "DURATION"
                                    << "P2Y6M" << QDate() << QDate();
    QTest::newRow("and a half hours")
        << "The talks lasted five and a half hours." << thu << "five and a half hours"
        << "DURATION"
        << "PT5H30M" << QDate() << QDate();
    QTest::newRow("a minute and a half")
        << "It took a minute and a half." << thu << "a minute and a half"
        << "DURATION"
        << "PT1M30S" << QDate() << QDate();
    QTest::newRow("daily") << "The paper appears daily." << thu << "daily"
                           << "SET"
                           << "P1D" << QDate() << QDate();
    QTest::newRow("every week") << "They meet every week." << thu << "every week"
                                << "SET"
                                << "P1W" << QDate() << QDate();
    QTest::newRow("each thursday") << "They meet each Thursday." << thu << "each Thursday"
                                   << "SET"
                                   << "XXXX-WXX-4" << QDate() << QDate();
    // Times.
    QTest::newRow("clock time") << "The blast came at 9 a.m. Tuesday." << thu << "9 a.m. Tuesday"
                                << "TIME"
                                << "2013-03-19T09:00" << QDate(2013, 3, 19) << QDate(2013, 3, 19);
    QTest::newRow("pm time") << "Polls close at 5:30 p.m. today." << thu << "5:30 p.m. today"
                             << "TIME"
                             << "2013-03-21T17:30" << thu << thu;
    // Ranges: each end is its own expression.
    QTest::newRow("range start") << "It ran from March to May 2019." << thu << "March"
                                 << "DATE"
                                 << "2019-03" << QDate(2019, 3, 1) << QDate(2019, 3, 31);
    QTest::newRow("range start across years")
        << "It ran from Dec. 30 to Jan. 2, 1990." << thu << "Dec. 30"
        << "DATE"
        << "1989-12-30" << QDate(1989, 12, 30) << QDate(1989, 12, 30);
    QTest::newRow("range end") << "It ran from March to May 2019." << thu << "May 2019"
                               << "DATE"
                               << "2019-05" << QDate(2019, 5, 1) << QDate(2019, 5, 31);
    QTest::newRow("between years") << "Between 2019 and 2021 it grew." << thu << "2021"
                                   << "DATE"
                                   << "2021" << QDate(2021, 1, 1) << QDate(2021, 12, 31);
    // Days counted from a named day, and weeks named by a day.
    QTest::newRow("day before yesterday")
        << "He met them the day before yesterday." << thu << "the day before yesterday"
        << "DATE"
        << "2013-03-19" << QDate(2013, 3, 19) << QDate(2013, 3, 19);
    QTest::newRow("day after tomorrow")
        << "They meet the day after tomorrow." << thu << "the day after tomorrow"
        << "DATE"
        << "2013-03-23" << QDate(2013, 3, 23) << QDate(2013, 3, 23);
    QTest::newRow("day before a weekday")
        << "The day before last Tuesday's hearing he left." << thu << "The day before last Tuesday"
        << "DATE"
        << "2013-03-18" << QDate(2013, 3, 18) << QDate(2013, 3, 18);
    QTest::newRow("day before alone takes the story's day")
        << "The summit opened on March 4. The day before, envoys met." << thu << "The day before"
        << "DATE"
        << "2013-03-03" << QDate(2013, 3, 3) << QDate(2013, 3, 3);
    QTest::newRow("week of a date") << "The hearing is set for the week of March 16."
                                    << QDate(1998, 3, 5) << "the week of March 16"
                                    << "DATE"
                                    << "1998-W12" << QDate(1998, 3, 16) << QDate(1998, 3, 22);
    QTest::newRow("week of a day-first date")
        << "Moon visited Beijing the week of 5 January 2026." << QDate(2026, 1, 7)
        << "the week of 5 January 2026"
        << "DATE"
        << "2026-W02" << QDate(2026, 1, 5) << QDate(2026, 1, 11);
    QTest::newRow("first week of a month")
        << "The first week of January was busy." << QDate(2026, 1, 20)
        << "The first week of January"
        << "DATE"
        << "2026-W01" << QDate(2025, 12, 29) << QDate(2026, 1, 4);
    QTest::newRow("last week of december in a 53-week year")
        << "He left in the last week of December 2020." << thu << "the last week of December 2020"
        << "DATE"
        << "2020-W52" << QDate(2020, 12, 21) << QDate(2020, 12, 27);
    QTest::newRow("first day of a day range")
        << "Talks ran on 5-6 January 2026." << thu << "5"
        << "DATE"
        << "2026-01-05" << QDate(2026, 1, 5) << QDate(2026, 1, 5);
    QTest::newRow("second day of a month-first range")
        << "The summit is on April 24 and 25." << thu << "25"
        << "DATE"
        << "2013-04-25" << QDate(2013, 4, 25) << QDate(2013, 4, 25);
    QTest::newRow("second day of a dashed range with a year")
        << "Talks ran Sept. 3-5, 2012 in Oslo." << thu << "5, 2012"
        << "DATE"
        << "2012-09-05" << QDate(2012, 9, 5) << QDate(2012, 9, 5);
    QTest::newRow("first day of a range with and")
        << "They met on 5 and 6 January 2026." << thu << "5"
        << "DATE"
        << "2026-01-05" << QDate(2026, 1, 5) << QDate(2026, 1, 5);
    QTest::newRow("year's end") << "It should close by year's end." << thu << "year's end"
                                << "DATE"
                                << "2013-12-31" << QDate(2013, 12, 31) << QDate(2013, 12, 31);
    QTest::newRow("end-year abbreviation") << "At end-2025 debt rose." << thu << "end-2025"
                                           << "DATE"
                                           << "2025" << QDate(2025, 9, 2) << QDate(2025, 12, 31);
    QTest::newRow("spelled day of the month")
        << "It began May twenty-first." << thu << "May twenty-first"
        << "DATE"
        << "2012-05-21" << QDate(2012, 5, 21) << QDate(2012, 5, 21);
    QTest::newRow("ordinal qualifying a quarter is no day")
        << "Its April first-quarter results were weak." << thu << "April"
        << "DATE"
        << "2013-04" << QDate(2013, 4, 1) << QDate(2013, 4, 30);
    QTest::newRow("last half of a year")
        << "Profit fell in the last half of 1989." << thu << "the last half of 1989"
        << "DATE"
        << "1989-H2" << QDate(1989, 7, 1) << QDate(1989, 12, 31);
    // Lengths: rough counts, large counts and the nouns they size.
    QTest::newRow("count range") << "Shipments resume within two to three weeks." << thu
                                 << "two to three weeks"
                                 << "DURATION"
                                 << "PXW" << QDate() << QDate();
    QTest::newRow("a year range is no rough count")
        << "From 1990 to 1995 years passed." << thu << "1990"
        << "DATE"
        << "1990" << QDate(1990, 1, 1) << QDate(1990, 12, 31);
    QTest::newRow("a unit or two") << "It takes a month or two." << thu << "a month or two"
                                   << "DURATION"
                                   << "PXM" << QDate() << QDate();
    QTest::newRow("a hundred years")
        << "It lasted almost a hundred years." << thu << "almost a hundred years"
        << "DURATION"
        << "P100Y" << QDate() << QDate();
    QTest::newRow("thousands of years")
        << "They kept it for two thousand years." << thu << "two thousand years"
        << "DURATION"
        << "P2000Y" << QDate() << QDate();
    QTest::newRow("sized period") << "Losses mounted over a three-year period." << thu
                                  << "a three-year period"
                                  << "DURATION"
                                  << "P3Y" << QDate() << QDate();
    QTest::newRow("sized term after a possessive")
        << "He served its one-year term." << thu << "one-year term"
        << "DURATION"
        << "P1Y" << QDate() << QDate();
    QTest::newRow("the weeks ahead")
        << "Prices may fall in the weeks ahead." << QDate(2013, 3, 21) << "the weeks ahead"
        << "DURATION"
        << "PXW" << QDate() << QDate();
    QTest::newRow("in years at a clause end")
        << "It was the highest in years." << QDate(2013, 3, 21) << "years"
        << "DURATION"
        << "PXY" << QDate() << QDate();
    QTest::newRow("for a while") << "They stayed for a while." << thu << "a while"
                                 << "DURATION"
                                 << "PXX" << QDate() << QDate();
    QTest::newRow("the near term") << "Prices may fall in the near term." << thu << "the near term"
                                   << "DATE"
                                   << "FUTURE_REF" << thu << QDate(2013, 6, 20);
    QTest::newRow("fiscal year after a deictic")
        << "Sales rose in the current fiscal year." << thu << "the current fiscal year"
        << "DATE"
        << "2013" << QDate(2013, 1, 1) << QDate(2013, 12, 31);
    // Period codes of company reports, and the dotted day-first date.
    QTest::newRow("quarter code") << "Results for Q3 2025 were weak." << thu << "Q3 2025"
                                  << "DATE"
                                  << "2025-Q3" << QDate(2025, 7, 1) << QDate(2025, 9, 30);
    QTest::newRow("quarter code number first")
        << "Its 3Q25 profit rose." << thu << "3Q25"
        << "DATE"
        << "2025-Q3" << QDate(2025, 7, 1) << QDate(2025, 9, 30);
    QTest::newRow("quarter code with fiscal year")
        << "In Q1 FY24 sales fell." << thu << "Q1 FY24"
        << "DATE"
        << "2024-Q1" << QDate(2024, 1, 1) << QDate(2024, 3, 31);
    QTest::newRow("half code") << "In H1 2025 sales fell." << thu << "H1 2025"
                               << "DATE"
                               << "2025-H1" << QDate(2025, 1, 1) << QDate(2025, 6, 30);
    QTest::newRow("fiscal year code") << "Its FY2012 results were weak." << thu << "FY2012"
                                      << "DATE"
                                      << "2012" << QDate(2012, 1, 1) << QDate(2012, 12, 31);
    QTest::newRow("dotted day-first date")
        << "They met on 05.01.2013 in Bern." << thu << "05.01.2013"
        << "DATE"
        << "2013-01-05" << QDate(2013, 1, 5) << QDate(2013, 1, 5);
    // A shift finer than the period it counts from stays that period.
    QTest::newRow("months after a decade")
        << "In the 2000s he rose. Two months later he fell." << thu << "Two months later"
        << "DATE"
        << "200" << QDate(2000, 1, 1) << QDate(2009, 12, 31);
    QTest::newRow("the next day after a date")
        << "On March 5 they met. The next day he returned." << thu << "The next day"
        << "DATE"
        << "2013-03-06" << QDate(2013, 3, 6) << QDate(2013, 3, 6);
    QTest::newRow("the previous day after a month counts from publication")
        << "In mid-March talks stalled. The previous day he left." << thu << "The previous day"
        << "DATE"
        << "2013-03-20" << QDate(2013, 3, 20) << QDate(2013, 3, 20);
    QTest::newRow("an hour earlier after a month counts from publication")
        << "He has led since January. An hour earlier he spoke." << thu << "An hour earlier"
        << "DATE"
        << "2013-03-21" << thu << thu;
    QTest::newRow("a year before a singular unit is a year")
        << "FIFA World Cup 2018 day five: Sweden won." << thu << "2018"
        << "DATE"
        << "2018" << QDate(2018, 1, 1) << QDate(2018, 12, 31);
    QTest::newRow("a decade ago is a year")
        << "A decade ago the wall fell." << QDate(2011, 3, 8) << "A decade ago"
        << "DATE"
        << "2001" << QDate(2001, 1, 1) << QDate(2001, 12, 31);
    QTest::newRow("capitalised at a sentence start")
        << "Crowds came. Last Year over 4 million visitors attended." << thu << "Last Year"
        << "DATE"
        << "2012" << QDate(2012, 1, 1) << QDate(2012, 12, 31);
    QTest::newRow("a sentence keeps its own tense")
        << "Wait until the crowds will have dwindled. I visited the festival on Saturday night."
        << QDate(2007, 3, 5) << "Saturday night"
        << "TIME"
        << "2007-03-03TNI" << QDate(2007, 3, 3) << QDate(2007, 3, 3);
    QTest::newRow("by a weekday in a past clause")
        << "The tag was used a million times by Thursday night." << QDate(2015, 9, 22)
        << "Thursday night"
        << "TIME"
        << "2015-09-17TNI" << QDate(2015, 9, 17) << QDate(2015, 9, 17);
    QTest::newRow("by a date after a passive infinitive looks ahead")
        << "They expect the sale to be completed by Dec. 15." << QDate(1989, 11, 2) << "Dec. 15"
        << "DATE"
        << "1989-12-15" << QDate(1989, 12, 15) << QDate(1989, 12, 15);
    QTest::newRow("days after a day")
        << "On May 3, 2020 he met them. Three days later he left." << thu << "Three days later"
        << "DATE"
        << "2020-05-06" << QDate(2020, 5, 6) << QDate(2020, 5, 6);
    // Parts of the day on their own.
    QTest::newRow("mid-afternoon yesterday")
        << "Shares rose by mid-afternoon yesterday." << thu << "mid-afternoon yesterday"
        << "TIME"
        << "2013-03-20TAF" << QDate(2013, 3, 20) << QDate(2013, 3, 20);
    QTest::newRow("midday") << "He will appear at midday." << thu << "midday"
                            << "TIME"
                            << "2013-03-21T12:00" << thu << thu;
    QTest::newRow("in the morning")
        << "Dealers bought heavily in the morning." << thu << "the morning"
        << "TIME"
        << "2013-03-21TMO" << thu << thu;
    QTest::newRow("at dawn") << "At dawn on Tuesday troops moved." << thu << "dawn on Tuesday"
                             << "TIME"
                             << "2013-03-19TMO" << QDate(2013, 3, 19) << QDate(2013, 3, 19);
    QTest::newRow("at noon on the story's day")
        << "On March 5 they met. At noon they signed." << thu << "noon"
        << "TIME"
        << "2013-03-05T12:00" << QDate(2013, 3, 5) << QDate(2013, 3, 5);
    QTest::newRow("christmas without tense is the nearest")
        << "On Christmas Day crowds gathered." << QDate(2026, 1, 7) << "Christmas Day"
        << "DATE"
        << "2025-12-25" << QDate(2025, 12, 25) << QDate(2025, 12, 25);
    QTest::newRow("overnight is the night before")
        << "Shares fell overnight in New York." << thu << "overnight"
        << "TIME"
        << "2013-03-20TNI" << QDate(2013, 3, 20) << QDate(2013, 3, 20);
    // Holidays whose date moves from year to year.
    QTest::newRow("election day past") << "He won on Election Day." << thu << "Election Day"
                                       << "DATE"
                                       << "2012-11-06" << QDate(2012, 11, 6) << QDate(2012, 11, 6);
    QTest::newRow("easter past, before this year's")
        << "They met at Easter." << thu << "Easter"
        << "DATE"
        << "2012-04-08" << QDate(2012, 4, 8) << QDate(2012, 4, 8);
    QTest::newRow("easter week ahead")
        << "Talks will resume in Easter week." << thu << "Easter week"
        << "DATE"
        << "2013-W13" << QDate(2013, 3, 25) << QDate(2013, 3, 31);
    QTest::newRow("easter with a year")
        << "Easter Sunday 2000 was warm." << thu << "Easter Sunday 2000"
        << "DATE"
        << "2000-04-23" << QDate(2000, 4, 23) << QDate(2000, 4, 23);
    QTest::newRow("last christmas in january")
        << "He came home last Christmas." << QDate(2013, 1, 10) << "last Christmas"
        << "DATE"
        << "2012-12-25" << QDate(2012, 12, 25) << QDate(2012, 12, 25);
    QTest::newRow("next christmas just after it")
        << "He will come home next Christmas." << QDate(2013, 12, 26) << "next Christmas"
        << "DATE"
        << "2014-12-25" << QDate(2014, 12, 25) << QDate(2014, 12, 25);
    QTest::newRow("new year's eve in january")
        << "He spoke on New Year's Eve." << QDate(2013, 1, 10) << "New Year's Eve"
        << "DATE"
        << "2012-12-31" << QDate(2012, 12, 31) << QDate(2012, 12, 31);
    // Anaphora: a stated date anchors later relative expressions.
    QTest::newRow("that year") << "In 1996 he was elected. That year the economy grew." << thu
                               << "That year"
                               << "DATE"
                               << "1996" << QDate(1996, 1, 1) << QDate(1996, 12, 31);
}

// Words that look temporal but that TimeML does not tag: no expression may cover them.
void TestTemporalTagger::untagged_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("words");

    QTest::newRow("discourse now") << "Now, he says, the talks are over."
                                   << "Now";
    QTest::newRow("the year before an event") << "Prices rose the year before the election."
                                              << "the year before";
    QTest::newRow("ordinal is no count") << "The 53rd week of the siege was the worst."
                                         << "53rd week";
    QTest::newRow("match minute") << "He scored in the 15th minute."
                                  << "15th minute";
    QTest::newRow("within") << "It will end within a week."
                            << "within";
    QTest::newRow("thousand as count") << "Two thousand troops landed."
                                       << "thousand";
    QTest::newRow("frequency word in a name") << "He told LA Weekly in a statement."
                                              << "Weekly";
    QTest::newRow("last as a verb") << "The talks will last."
                                    << "last";
    QTest::newRow("amounts") << "Output rose 2.5% to 1,000 tons worth $2,000 a ton."
                             << "2.5% to 1,000 tons worth $2,000";
    QTest::newRow("holiday as a surname") << "She wrote it with illustrator Johnnie Christmas."
                                          << "Christmas";
    QTest::newRow("quarter as a fraction") << "Only a quarter of citizens agreed."
                                           << "a quarter";
    QTest::newRow("year count before a unit") << "It follows a 2000 year old tradition."
                                              << "2000";
    QTest::newRow("recent before an event noun") << "The recent sale lifted the shares."
                                                 << "recent";
    QTest::newRow("rate after money") << "The cuts save $2 million a year in costs."
                                      << "a year";
    QTest::newRow("rate after a counted noun") << "It adds 700 seats a week on the route."
                                               << "a week";
    QTest::newRow("programme title") << "Baker said on ABC-TV's \"This Week\" that talks failed."
                                     << "This Week";
    QTest::newRow("programme with a count") << "He said on CBS's \"60 Minutes\" that he would go."
                                            << "60 Minutes";
    QTest::newRow("ratio without a time preposition") << "The odds stood 3:15 in his favour."
                                                      << "3:15";
    QTest::newRow("day after an event") << "He arrived the day after his death."
                                        << "the day after";
    QTest::newRow("modal may before an ordinal") << "They may first ask the court."
                                                 << "may first";
    QTest::newRow("election without day") << "The Election will be close."
                                          << "Election";
    QTest::newRow("morning as a noun") << "The morning papers said so."
                                       << "morning";
    QTest::newRow("half code without a year") << "He got an H1 visa."
                                              << "H1";
    QTest::newRow("code glued to letters") << "The H1N1 virus spread."
                                           << "H1N1";
    QTest::newRow("days ahead of an event") << "Days ahead of the vote he spoke."
                                            << "Days ahead";
    QTest::newRow("in years of a noun") << "It rose in years of drought."
                                        << "years";
    QTest::newRow("counts after a month") << "He won 24 and 25 votes in April."
                                          << "24 and 25 votes";
    QTest::newRow("dawn of an era") << "The dawn of a new era came."
                                    << "dawn";
    QTest::newRow("dawn as an adjective") << "A pre-dawn raid took place."
                                          << "dawn";
    QTest::newRow("day-like numbers before a noun") << "He scored 5 and 6 points in January."
                                                    << "5 and 6 points";
    QTest::newRow("term as an adjective") << "The short-term outlook is poor."
                                          << "short-term";
    QTest::newRow("thousand as a count of troops") << "Two thousand troops landed."
                                                   << "Two thousand";
}

void TestTemporalTagger::untagged()
{
    QFETCH(QString, text);
    QFETCH(QString, words);

    const qsizetype at = text.indexOf(words);
    QVERIFY(at >= 0);
    const TemporalTagger tagger;
    for (const TimeExpression &e : tagger.tag(text, QDate(2013, 3, 21)))
        QVERIFY2(e.span.begin >= at + words.size() || e.span.end <= at,
                 qPrintable(e.text + QLatin1Char('=') + e.value));
}

void TestTemporalTagger::tag()
{
    QFETCH(QString, text);
    QFETCH(QDate, published);
    QFETCH(QString, words);
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QDate, earliest);
    QFETCH(QDate, latest);

    const TemporalTagger tagger;
    const std::vector<TimeExpression> found = tagger.tag(text, published);
    const auto it = std::find_if(found.begin(), found.end(),
                                 [&](const TimeExpression &e) { return e.text == words; });
    QStringList seen;
    for (const TimeExpression &e : found)
        seen << e.text + QLatin1Char('=') + e.value;
    QVERIFY2(it != found.end(),
             qPrintable(QStringLiteral("found: ") + seen.join(QStringLiteral("; "))));
    QCOMPARE(text.mid(it->span.begin, it->span.length()), words);
    QCOMPARE(timexTypeName(it->type), type);
    QCOMPARE(it->value, value);
    QCOMPARE(it->interval.earliest, earliest);
    QCOMPARE(it->interval.latest, latest);
}

void TestTemporalTagger::spansAreInTextOrder()
{
    const QString text = QStringLiteral("On Monday, a week after the vote of June 3, 2012, and two "
                                        "days before Christmas, he said now is the time.");
    const TemporalTagger tagger;
    const std::vector<TimeExpression> found = tagger.tag(text, QDate(2012, 6, 20));
    QVERIFY(found.size() >= 3);
    for (std::size_t i = 1; i < found.size(); ++i)
        QVERIFY(found[i - 1].span.end <= found[i].span.begin);
}

void TestTemporalTagger::emptyText()
{
    const TemporalTagger tagger;
    QVERIFY(tagger.tag(QString(), QDate(2013, 3, 21)).empty());
    QVERIFY(tagger.tag(QStringLiteral("No time here at all."), QDate(2013, 3, 21)).empty());
}

void TestTemporalTagger::invalidDocumentDate()
{
    const TemporalTagger tagger;
    const std::vector<TimeExpression> found
        = tagger.tag(QStringLiteral("He left on Friday, in 1998."), QDate());
    QCOMPARE(found.size(), std::size_t(2));
    QCOMPARE(found[0].value, QStringLiteral("XXXX-WXX-5"));
    QVERIFY(!found[0].interval.isValid());
    QCOMPARE(found[1].value, QStringLiteral("1998"));
}

QTEST_GUILESS_MAIN(TestTemporalTagger)
#include "tst_temporaltagger.moc"
