"""The N-Quads the mapping writes by hand parse back to exactly the values it was given."""
from decimal import Decimal

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.ontology import entity_iri
from policykg.ontology.mapping import I, _literal, _lit, _zh


def _parse_object(term: str):
    (triple,) = ox.parse(f"<http://s> <http://p> {term} .\n".encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return triple.object


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_any_text_round_trips_as_a_literal(text):
    assert _parse_object(_lit(text)).value == text
    zh = _parse_object(_zh(text))
    assert zh.value == text and zh.language == "zh"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30))
def test_any_canonical_name_gives_a_valid_iri(name):
    node = _parse_object(I(entity_iri("Agency", name)))
    assert isinstance(node, ox.NamedNode)


@given(st.decimals(allow_nan=False, allow_infinity=False, places=4))
def test_decimals_keep_their_value(value):
    assert Decimal(_parse_object(_literal(value)).value) == value
