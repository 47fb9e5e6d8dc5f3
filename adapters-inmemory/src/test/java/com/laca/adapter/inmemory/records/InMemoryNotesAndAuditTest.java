package com.laca.adapter.inmemory.records;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.records.port.out.NotesAndAuditContract;
import com.laca.application.records.port.out.StaffNoteRepository;
import com.laca.application.shared.PersistencePorts;

/** The notes and audit contracts on the in-memory adapter. */
class InMemoryNotesAndAuditTest extends NotesAndAuditContract {

    private InMemoryPersistencePorts store;
    private InMemoryStaffNoteRepository notes;
    private InMemoryAccessAuditRepository audit;

    @Override
    protected PersistencePorts createPorts() {
        store = new InMemoryPersistencePorts();
        notes = new InMemoryStaffNoteRepository(store.tx());
        audit = new InMemoryAccessAuditRepository(store.tx());
        return store;
    }

    @Override
    protected StaffNoteRepository notes() {
        return notes;
    }

    @Override
    protected AccessAuditRepository audit() {
        return audit;
    }
}
