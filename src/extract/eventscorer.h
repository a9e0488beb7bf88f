#pragma once

#include "core/event.h"
#include "core/result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <vector>

namespace demarche {

class Extractor;

// One gold event of a scored sentence: source and target country codes (three letters: ISO
// alpha-3 or "IGO", "NGO" ...), compound actors listed, and the CAMEO code.
struct GoldEvent
{
    QStringList sources;
    QStringList targets; // empty: the record has no target and matches on source and root
    bool isReciprocal = false; // "SRC/TAR": the sources act on each other
    QString cameoCode; // "0312"; may be empty when the record has only a root
    QString cameoRoot; // "03"
};

// A sentence with its gold events; no events means the coder should code nothing.
struct GoldSentence
{
    QString id;
    QDate date; // the document date
    QString text;
    std::vector<GoldEvent> events;
};

// Figures of one scoring run. Triples are (source country, target country, CAMEO root).
struct EventScore
{
    int sentences = 0;
    int goldTriples = 0;
    int predictedTriples = 0;
    int matchedTriples = 0; // dyad and root, one-to-one per sentence
    int actorMatched = 0; // predicted triples whose dyad matches a gold dyad (one-to-one)
    int actorMatchedRootRight = 0; // of those, with the right root
    int fullCodeChecked = 0; // matched triples whose gold record gives a full code
    int fullCodeMatched = 0; // of those, with the same full code
    int noEventSentences = 0; // gold sentences without events
    int noEventAgreed = 0; // of those, where nothing was predicted
    int sentencesWithPrediction = 0;
    // Errors by class. Gold triples left unmatched: in sentences where nothing was predicted,
    // and beside other predictions. Predicted triples left unmatched: with a gold dyad but
    // another root, with a dyad the gold lacks, and in sentences the gold codes nothing.
    int missedSilent = 0;
    int missedBeside = 0;
    int extraWrongRoot = 0;
    int extraWrongDyad = 0;
    int extraNoGold = 0;
    QStringList mistakes; // one line per sentence where prediction and gold differ

    double precision() const;
    double recall() const;
    double f1() const;
    // Right root among predicted events whose dyad matches gold.
    double rootAccuracy() const;
    double fullCodeAccuracy() const;
    double actorPrecision() const;
    // Predicted triples that match nothing, per sentence.
    double extraPerSentence() const;
    // A readable multi-line report, titled.
    QString report(const QString &title) const;
};

// Scores the extractor against gold event codings: per sentence, predicted (source, target, root)
// triples are matched one-to-one to gold triples; compound gold actors expand to every pair,
// reciprocal ones to both directions, and a gold record without a target matches on source and
// root. Negated events are not predictions of an event; refused ones count as rejections (root 12).
class EventScorer final
{
public:
    // Reads the PLOVER gold-standard JSON Lines file (one sentence per line, "gold" object);
    // fails naming the first bad line or an unreadable file.
    static Result<std::vector<GoldSentence>> readPloverJsonl(const QString &path);
    // Reads the PETRARCH-2 validation XML (Sentence, EventCoding, Text records; noevents="True");
    // fails on an unreadable file or one without sentences.
    static Result<std::vector<GoldSentence>> readPetrarchXml(const QString &path);

    // Runs `extractor` on every sentence (its date as the publication date) and scores it.
    static EventScore score(const std::vector<GoldSentence> &gold, const Extractor &extractor);
    // Scores given predictions (one event list per gold sentence, in order).
    static EventScore score(const std::vector<GoldSentence> &gold,
                            const std::vector<std::vector<Event>> &predictions);

    // The three-letter country part of an actor code ("IGOUNO" -> "IGO", "KORGOV" -> "KOR").
    static QString countryPart(const QString &code);
    // The country part of a gold file's code, with the non-CAMEO codes some gold files use
    // ("JAP", "ITL") mapped to CAMEO's ("JPN", "ITA") by resources/extract/scoring/goldaliases.tsv.
    static QString goldCountry(const QString &code);
};

} // namespace demarche
