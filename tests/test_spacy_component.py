"""Our spaCy components in a user's own pipeline: found by name in a fresh process (the
``spacy_factories`` entry point), loaded with the shipped gazetteer, and adding our entities
without removing the user's."""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = """
import json
import spacy
nlp = spacy.blank("en")
ruler = nlp.add_pipe("entity_ruler")
ruler.add_patterns([{"label": "PERSON", "pattern": "Jane Doe"},
                    {"label": "DATE", "pattern": "March 2024"}])
nlp.add_pipe("reviewminer_agencies")
nlp.add_pipe("reviewminer_place_prefix")
doc = nlp("Jane Doe told Kent Police in March 2024 that the Local Safeguarding Children Board "
          "should act.")
print(json.dumps([[e.text, e.label_, e.ent_id_] for e in doc.ents]))
"""


def test_components_work_in_a_users_pipeline_from_a_fresh_process() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                         check=True, timeout=120).stdout.splitlines()
    ents = json.loads(out[0])
    assert ["Jane Doe", "PERSON", ""] in ents and ["March 2024", "DATE", ""] in ents
    assert ["Kent Police", "ORG", "Police"] in ents
    assert ["Local Safeguarding Children Board", "ORG",
            "Local Safeguarding Children Board"] in ents
