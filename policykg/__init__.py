"""policykg: Chinese government policy documents to a traceable RDF knowledge graph."""
__version__ = "0.1.0"
