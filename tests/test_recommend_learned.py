"""The learned reader: its arithmetic is scikit-learn's, it ships as data, and the engine joins
what it reads to the word lists' reading."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from matchmaker.recommend import features, learned, lexicon
from matchmaker.recommend.docs import NeedDoc, OfferDoc, ProjectDoc, SponsorDoc
from matchmaker.recommend.engine import Index
from matchmaker.recommend.learned import Classifier, Reader, Reading

EXAMPLES = [
    ("修自行车 补胎", {"repair"}), ("自行车维修", {"repair"}), ("修理电动车", {"repair"}),
    ("旧衣服 冬衣", {"clothing"}), ("棉衣 棉被", {"clothing"}), ("捐赠冬衣", {"clothing"}),
    ("大米 食用油", {"staples"}), ("米面油", {"staples"}), ("面粉 大米", {"staples"}),
]


def bits(codes, table) -> int:
    positions = {item.code: position for position, item in enumerate(table())}
    return sum(1 << positions[code] for code in codes)


def test_its_logits_are_scikit_learns():
    classifier = Classifier.trained(EXAMPLES)
    texts = [text for text, _ in EXAMPLES] + ["修  理\n自行车", "与训练无关的字", ""]
    vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=2)
    vectorizer.fit([text for text, _ in EXAMPLES])
    theirs = vectorizer.transform(texts) @ classifier.coef + classifier.intercept
    ours = np.array([classifier.logits(text) for text in texts])
    assert np.allclose(ours, theirs, atol=1e-5)
    assert classifier.read("修理自行车", 0.5) == ({"repair"}, set())


def test_it_ships_as_data_and_reads_the_same_when_loaded(tmp_path):
    reader = Reader(Classifier.trained(EXAMPLES), Classifier.trained(EXAMPLES), Classifier.trained(EXAMPLES))
    reader.save(tmp_path / "reader.npz")
    loaded = Reader.load(tmp_path / "reader.npz")
    offer = OfferDoc("skill", "修理自行车")
    assert loaded.offer_resources(offer, 0) == reader.offer_resources(offer, 0) == bits(["repair"], lexicon.resources)
    # Coefficients are kept as float16: a reading is the same, a logit within a rounding.
    assert np.allclose(loaded.resources.logits("修理自行车"), reader.resources.logits("修理自行车"), atol=0.01)
    assert Reader.load(tmp_path / "reader.npz").version == loaded.version
    assert loaded.resources.seen.tolist() == [3, 3, 3] == reader.resources.seen.tolist()  # examples per label


def test_longer_ngrams_are_read_back_as_trained(tmp_path):
    four = Classifier.trained(EXAMPLES * 2, longest=4)  # twice: every 4-gram passes min_df
    Reader(four, four, four).save(tmp_path / "reader.npz")
    loaded = Reader.load(tmp_path / "reader.npz").resources
    assert four.longest == loaded.longest == 4
    assert np.allclose(loaded.logits("修理自行车"), four.logits("修理自行车"), atol=0.01)


def test_what_it_reads_of_a_resource_stays_within_the_kind():
    reader = Reader(Classifier.empty(), Classifier.empty(), Classifier.trained(EXAMPLES))
    assert reader.offer_resources(OfferDoc("skill", "修理自行车"), 0) == bits(["repair"], lexicon.resources)
    assert reader.offer_resources(OfferDoc("venue", "修理自行车"), 0) == 0  # a venue is only a room
    # Beside the lists' words ("union"), or only where they read nothing ("fill"), or not at all:
    fill = reader.with_reading(Reading(resources="fill"))
    staples = bits(["staples"], lexicon.resources)
    clothing = bits(["clothing"], lexicon.resources)
    assert fill.offer_resources(OfferDoc("goods", "捐赠冬衣"), staples) == staples
    trusting = reader.with_reading(Reading(veto=0))
    assert trusting.offer_resources(OfferDoc("goods", "捐赠冬衣"), staples) == staples | clothing
    off = reader.with_reading(Reading(resources="off"))
    assert off.offer_resources(OfferDoc("goods", "捐赠冬衣"), 0) == 0


def test_a_lists_reading_the_reader_doubts_is_dropped():
    # Three examples a label: doubted however few (veto_seen 0), for the test's sake.
    reader = Reader(Classifier.empty(), Classifier.empty(), Classifier.trained(EXAMPLES), Reading(veto_seen=0))
    staples, clothing = bits(["staples"], lexicon.resources), bits(["clothing"], lexicon.resources)
    [probability] = 1 / (1 + np.exp(-reader.resources.logits("捐赠冬衣")[[reader.resources.labels.index("staples")]]))
    assert probability < Reading().veto  # winter coats are not rice and oil
    assert reader.offer_resources(OfferDoc("goods", "捐赠冬衣"), staples) == clothing
    books = bits(["books"], lexicon.resources)  # a label it never learned: nothing to doubt it with
    assert reader.offer_resources(OfferDoc("goods", "捐赠冬衣"), books) == books | clothing


def hand_made(seen: int) -> Classifier:
    """Reads 孩 as children, surely not the elderly; reads nothing else either way."""
    return Classifier(["孩"], np.ones(1), np.array([[5.0, -5.0]]), np.array([-1.0, -1.0]), ["children", "elderly"],
                      np.array([seen, seen]))


@pytest.mark.parametrize("seen, kept", [(100, False), (5, True)])
def test_only_a_label_seen_often_enough_is_doubted(seen, kept):
    reader = Reader(hand_made(seen), hand_made(seen), Classifier.empty(), Reading(veto_seen=20))
    sponsor = SponsorDoc("s", "individual", "", "", "关心老年人，也给孩子们讲故事")
    elderly = bits(["elderly"], lexicon.causes)
    assert features.SponsorFacts.of(sponsor).causes & elderly  # the lists read the elderly
    assert bool(features.SponsorFacts.of(sponsor, reader).causes & elderly) == kept
    project = ProjectDoc(1, "孩子的四点半课堂", 5, "小店区", "老年人和孩子", "", "")
    assert bool(features.causes_read(project, reader) & elderly) == kept
    nothing_known = ProjectDoc(2, "敬老", 3, "小店区", "老年人", "", "")  # no n-gram it knows: not doubted
    assert features.causes_read(nothing_known, reader) & elderly


def test_a_sponsors_trade_is_read_beside_the_reader_only_where_it_offers_nothing():
    reader = Reader(Classifier.empty(), Classifier.empty(), Classifier.empty())
    school = SponsorDoc("d", "enterprise", "金牌驾校", "驾校", "", (OfferDoc("skill", "教练"),))
    traffic = bits(["traffic"], lexicon.causes)
    assert features.SponsorFacts.of(school).causes_of_trade == traffic  # the lists alone: a driving school
    assert features.SponsorFacts.of(school, reader).causes_of_trade == 0  # its offer says what it gives
    silent = dataclasses.replace(school, offers=())
    assert features.SponsorFacts.of(silent, reader).causes_of_trade == traffic


def test_the_empty_reader_reads_nothing():
    empty = Reader.empty()
    assert empty.sponsor(SponsorDoc("s", "individual", "", "", "关心老年人")) == learned.SponsorReading(0, False, False)
    assert empty.project_causes(ProjectDoc(1, "敬老", 3, "小店区", "老年人", "", "")) == 0
    assert empty.need_resources(NeedDoc("skill", "修自行车", 1, 1, "人"), 0) == 0


def test_the_shipped_reader_reads_what_no_list_names():
    reader = learned.shipped()
    bike = OfferDoc("skill", "修自行车")
    assert features.offer_resources(bike) == 0
    assert features.offer_resources(bike, reader) == bits(["repair"], lexicon.resources)
    room = OfferDoc("venue", "我们店二楼")
    assert features.offer_resources(room) == 0
    assert features.offer_resources(room, reader) & bits(["hall"], lexicon.resources)  # a room upstairs
    stall = SponsorDoc("s", "merchant", "", "", "在学校门口卖早点")
    assert features.SponsorFacts.of(stall).causes == bits(["education"], lexicon.causes)
    assert features.SponsorFacts.of(stall, reader).causes == bits(["education", "children"], lexicon.causes)


def test_the_engine_reads_with_the_shipped_reader_and_can_do_without():
    repairs = ProjectDoc(1, "绿色出行", 10, "小店区", "骑车上班的职工", "", "",
                         (NeedDoc("skill", "修自行车", 2, 2, "人"),))
    lights = ProjectDoc(2, "点亮楼道", 6, "小店区", "老旧小区居民", "", "", (NeedDoc("goods", "节能灯", 20, 20, "个"),))
    mechanic = SponsorDoc("m", "merchant", "老王车铺", "", "能修车", (OfferDoc("skill", "修自行车"),))
    index = Index.build([lights, repairs])
    assert index.reader is learned.shipped()
    [first, *_] = index.recommend(mechanic)
    assert first.id == 1 and "需要维修和安装，正是您能提供的" in first.reasons
    alone = Index.build([lights, repairs], reader=features.LISTS_ONLY)
    assert alone.facts.resources[1] == 0 and index.facts.resources[1] == bits(["repair"], lexicon.resources)


def test_a_huge_profile_is_read_by_its_beginning():
    classifier = learned.shipped().sponsors
    huge = "我想帮助老人，也想帮助孩子。" * 200_000
    assert np.array_equal(classifier.logits(huge), classifier.logits(huge[:learned.MAX_CHARS]))


@pytest.mark.parametrize("text", ["", " ", "\x00\ud800", "🙂" * 10])
def test_odd_text_reads_as_something_or_nothing_without_error(text):
    reader = learned.shipped()
    reader.sponsor(SponsorDoc("s", "individual", text, text, text, (OfferDoc("goods", text),)))
    reader.need_resources(NeedDoc("goods", text, 1, 1, text), 0)
