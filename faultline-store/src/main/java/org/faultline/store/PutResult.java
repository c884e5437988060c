package org.faultline.store;

/** What storing an analysis did: a new article, a changed article replaced, or nothing (same content). */
public enum PutResult { STORED, REPLACED, UNCHANGED }
