"""Schema 12: a campaign's text per language, and the language of its own text.

``campaigns.language`` is the language the campaign's own headline, text and back are written in:
a card that falls back to that text prints its labels ("Your code", "Valid until …") and reads in
that language's direction, not the buyer's. NULL says the text is in no particular language (a
code and a QR link, a brand name): its cards take the buyer's marketplace language, as every card
did before this version — so campaigns written before it print as they did until the seller says
which language their text is in.

``campaign_texts`` holds the campaign's text in further languages (ISO 639-1 codes, as the
marketplaces name them): an order whose marketplace language has a row here gets that text.

Priority is unchanged (``campaigns.priority``, schema 8): it also orders the cards of a parcel
when the seller caps how many it gets (a setting, so no column here).
"""

DESCRIPTION = "campaign text per language"

SQL = """
ALTER TABLE campaigns ADD COLUMN language TEXT;
CREATE TABLE campaign_texts (
    campaign_id  INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    language     TEXT NOT NULL,
    headline     TEXT NOT NULL DEFAULT '',
    body         TEXT NOT NULL DEFAULT '',
    back_text    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (campaign_id, language)
);
"""
