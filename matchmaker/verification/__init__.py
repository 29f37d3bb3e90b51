"""Checkable documents: each issued certificate or statement gets a number and an unguessable
code; anyone can check the code on a public page that shows only what the document says."""
