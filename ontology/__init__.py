"""The policykg vocabulary: namespaces, deterministic IRIs and the OWL/SHACL files shipped beside.

Terms are declared once here (rdflib DefinedNamespace) and used as attributes everywhere else.
The contract terms of shared/ONTOLOGY.md are kept exactly; the rest are additions the data needs.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

PKG_NS = "https://w3id.org/policykg/ontology#"
ID_NS = "https://w3id.org/policykg/id/"

ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")


class PKG(DefinedNamespace):
    _NS = Namespace(PKG_NS)
    _fail = True

    # classes of the contract
    Document: URIRef
    Suggestion: URIRef
    Agency: URIRef
    Area: URIRef
    Initiative: URIRef
    Park: URIRef
    Industry: URIRef
    Quantity: URIRef
    Target: URIRef
    Observation: URIRef
    Person: URIRef
    Mention: URIRef
    # added classes
    Section: URIRef  # a node of a document's section tree
    CitedDocument: URIRef  # a document cited by number or title, not itself a source file
    IndustryLink: URIRef  # evidence that an agency works on an industry, in one document
    IndustryScheme: URIRef  # the SKOS concept scheme of industries
    Region: URIRef  # a named region that is no administrative division (京津冀, 晋北)

    # properties of the contract
    sourceFile: URIRef
    sha256: URIRef
    issuedBy: URIRef
    respondsTo: URIRef
    mentions: URIRef
    inDocument: URIRef
    start: URIRef
    end: URIRef
    text: URIRef
    refersTo: URIRef
    jurisdiction: URIRef
    partOf: URIRef
    locatedIn: URIRef
    leadAgency: URIRef
    concernsIndustry: URIRef
    metric: URIRef
    value: URIRef
    valueMax: URIRef
    unit: URIRef
    comparator: URIRef
    year: URIRef
    modality: URIRef
    agency: URIRef
    proposedBy: URIRef
    role: URIRef

    # added properties: document layout
    sourcePath: URIRef  # the path as given to build (recognises a changed file)
    extractorVersion: URIRef  # fingerprint of the extractor that wrote the graph (policykg.extractor_version)
    encoding: URIRef
    mediaType: URIRef
    genre: URIRef  # reply, work_report, plan, notice, document
    addressee: URIRef  # 主送机关 / the deputy addressed
    signer: URIRef  # 签发人
    handler: URIRef  # 经办人
    copyTo: URIRef  # 抄送
    printedBy: URIRef  # 印发机关
    phone: URIRef  # 联系电话
    sourceUrl: URIRef  # where the user found the document (build --metadata)
    speaker: URIRef  # who delivered a work report
    meeting: URIRef  # the session or meeting (人大会议)
    number: URIRef  # the suggestion's number
    cites: URIRef  # Document → CitedDocument
    memberArea: URIRef  # Region → Area
    hasSection: URIRef  # Document or Section → Section
    section: URIRef  # Mention or Quantity → the innermost Section it falls in
    marker: URIRef
    heading: URIRef
    level: URIRef
    ordinal: URIRef  # dotted path, e.g. "1.2"
    areaCode: URIRef  # GB/T 2260 code
    evidence: URIRef  # IndustryLink → Mention, Quantity or Initiative


# kept as is: unreserved ASCII and the "ucschar" ranges of RFC 3987 (Chinese among them);
# everything else, white space included, is percent-encoded
_NEEDS_ESCAPE = re.compile(
    "[^A-Za-z0-9\\-._~()\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef"
    "\U00010000-\U0001fffd\U00020000-\U0002fffd\U00030000-\U0003fffd]"
    "|[\\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)


def _escape(m: re.Match) -> str:
    return "".join(f"%{b:02X}" for b in m.group().encode("utf-8"))


@lru_cache(maxsize=65536)  # the same canonical names recur in every document
def _slug(name: str) -> str:
    """Keep the canonical name readable in the IRI (Chinese stays as is); escape what an IRI cannot hold."""
    return _NEEDS_ESCAPE.sub(_escape, name.strip())


CLASS_PATH = {
    "Agency": "agency",
    "Area": "area",
    "Park": "park",
    "Industry": "industry",
    "Initiative": "initiative",
    "Person": "person",
    "Suggestion": "suggestion",
    "CitedDocument": "cited",
    "Region": "region",
}


# The IRI builders return plain strings; wrap them in rdflib.URIRef or pyoxigraph.NamedNode as needed
# (the mapping renders tens of thousands per document, where URIRef's validation shows).

@lru_cache(maxsize=65536)
def entity_iri(cls: str, key: str) -> str:
    return f"{ID_NS}{CLASS_PATH[cls]}/{_slug(key)}"


def document_iri(sha256: str) -> str:
    return f"{ID_NS}doc/{sha256}"


def graph_iri(sha256: str) -> str:
    """One named graph per document, keyed like the document."""
    return f"{ID_NS}graph/{sha256}"


def span_iri(sha256: str, kind: str, start: int, end: int, extra: str = "") -> str:
    """Mentions, quantities and sections are keyed by their document and span."""
    suffix = f"-{_slug(extra)}" if extra else ""
    return f"{ID_NS}doc/{sha256}/{kind}/{start}-{end}{suffix}"


INDUSTRY_SCHEME = URIRef(f"{ID_NS}scheme/industries")


def ontology_path(name: str = "policykg.ttl"):
    return resources.files(__name__).joinpath(name)
