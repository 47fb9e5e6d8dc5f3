package com.laca.domain.payment;

/** What one ledger entry records, because the ledger derives every total from the kinds of its entries. */
public enum LedgerEntryKind {
    /** A card deposit was asked for; no money has moved yet. */
    DEPOSIT_REQUESTED,
    /** The clinic takes no card payments, so the deposit will be paid at the desk; no money has moved yet. */
    DEPOSIT_DUE_AT_DESK,
    /** A card deposit was captured: money in. */
    DEPOSIT_PAID,
    /** Money was paid at the clinic's desk: money in. */
    BALANCE_PAID_AT_DESK,
    /** Card money was sent back to the client: money out. */
    REFUND_ISSUED,
    /** A refund the processor had accepted later failed, so its money is back with the clinic. */
    REFUND_FAILED,
    /**
     * The processor accepted an issued refund; a note that moves no money, kept so a refund reserved while the
     * processor was unreachable can be told apart from one that was sent, and re-sent safely.
     */
    REFUND_CONFIRMED,
    /** The clinic keeps the deposit (late cancellation, no-show); the money becomes the clinic's and is no longer refundable. */
    DEPOSIT_FORFEITED,
    /** The clinic waived an earlier forfeit, so that money is refundable again. */
    FORFEIT_WAIVED,
    /**
     * The client disputed the card payment with their bank; a note for the owner that moves no money in the ledger,
     * because the outcome of a dispute is decided by the bank and arrives later as its own fact.
     */
    DISPUTE_OPENED,
    /**
     * Money paid at the desk is given back at the desk (a free cancellation in a clinic that takes no cards, or a
     * goodwill refund): money out, recorded at once because no processor is involved.
     */
    REFUNDED_AT_DESK
}
