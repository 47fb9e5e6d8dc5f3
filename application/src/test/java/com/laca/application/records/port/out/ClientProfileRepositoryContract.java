package com.laca.application.records.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.booking.port.out.ClientIdentityTakenException;
import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.application.shared.PersistenceContract;
import com.laca.domain.booking.Client;
import com.laca.domain.records.ChangeKind;
import com.laca.domain.records.ClientChange;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ClientSearchQuery;
import com.laca.domain.records.ClientStatus;
import com.laca.domain.records.ContactPreferences;
import com.laca.domain.records.MarketingConsent;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@link ClientProfileRepository} contract: profiles round-trip whole, search is by prefix and folded (case and
 * accents ignored), paged, leaves merged and (unless asked) archived clients out, and history only grows; a client a
 * booking created is a profile too.
 */
public abstract class ClientProfileRepositoryContract extends PersistenceContract {

    private static final Instant AT = Instant.parse("2026-06-10T09:00:00Z");
    private static final UserId STAFF = UserId.random();

    /** The repository under test, over the same store as {@link #ports}. */
    protected abstract ClientProfileRepository profiles();

    private ClientProfile profile(String first, String last, String email, String phone, LocalDate born) {
        return ClientProfile.create(ClientId.random(), tenantA, first, last, born,
                Optional.of(new EmailAddress(email)), Optional.of(new PhoneNumber(phone)),
                new ContactPreferences(true, false, true));
    }

    private ClientProfile numbered(String first, String last, int number) {
        return profile(first, last, first.toLowerCase() + number + "@example.com", "07911 20000" + number,
                LocalDate.of(1990, 1, number));
    }

    private static ClientProfile merged(ClientProfile p, ClientId into) {
        return new ClientProfile(p.id(), p.tenant(), p.firstName(), p.lastName(), p.dateOfBirth(), p.email(),
                p.phone(), p.contact(), p.marketing(), ClientStatus.MERGED, Optional.of(into), p.possibleDuplicates());
    }

    private Page<ClientProfile> search(ClientSearchQuery query, boolean archived) {
        return inA(() -> profiles().search(query, archived, new PageRequest(0, 20)));
    }

    @Test
    @DisplayName("a profile round-trips with preferences, marketing consent and status")
    void roundTrip() {
        ClientProfile zoe = profile("Zoë", "O'Brien", "zoe@example.com", "07911 123456", LocalDate.of(1990, 4, 15))
                .withMarketing(MarketingConsent.NONE.withMessages(AT));
        doInA(() -> profiles().insert(zoe));

        assertThat(inA(() -> profiles().find(zoe.id()))).contains(zoe);
        assertThat(inB(() -> profiles().find(zoe.id()))).isEmpty();
    }

    @Test
    @DisplayName("every stored change moves the version on, which is what an ETag carries; another tenant has none")
    void versionMovesOn() {
        ClientProfile zoe = profile("Zoë", "Version", "zoe.v@example.com", "07911 123499", LocalDate.of(1990, 4, 15));
        doInA(() -> profiles().insert(zoe));
        long first = inA(() -> profiles().version(zoe.id()));
        doInA(() -> profiles().update(zoe.archived()));

        assertThat(inA(() -> profiles().version(zoe.id()))).isGreaterThan(first);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inB(() -> profiles().version(zoe.id())))
                .isInstanceOf(com.laca.application.shared.NotFoundException.class);
    }

    @Test
    @DisplayName("search by name prefix ignores case and accents; by e-mail, phone and date-of-birth prefixes too")
    void search() {
        ClientProfile zoe = profile("Zoë", "O'Brien", "zoe.obrien@example.com", "07911 123456",
                LocalDate.of(1990, 4, 15));
        ClientProfile nunez = profile("Ana", "Núñez", "ana@example.com", "07700 900123", LocalDate.of(1985, 1, 2));
        doInA(() -> {
            profiles().insert(zoe);
            profiles().insert(nunez);
        });

        assertThat(search(ClientSearchQuery.freeText("ZOE O’B"), false).items()).containsExactly(zoe);
        assertThat(search(ClientSearchQuery.freeText("nunez"), false).items()).containsExactly(nunez);
        assertThat(search(ClientSearchQuery.freeText("obri"), false).items()).containsExactly(zoe);
        assertThat(search(ClientSearchQuery.freeText("brien"), false).items()).isEmpty();
        assertThat(search(ClientSearchQuery.freeText("Zoe.OBrien@Ex"), false).items()).containsExactly(zoe);
        assertThat(search(ClientSearchQuery.freeText("+44 7911 12"), false).items()).containsExactly(zoe);
        assertThat(search(ClientSearchQuery.freeText("1990-04"), false).items()).containsExactly(zoe);
        assertThat(search(ClientSearchQuery.of("ana", null, null, "1985"), false).items()).containsExactly(nunez);
        assertThat(inB(() -> profiles().search(ClientSearchQuery.freeText("zoe"), false, new PageRequest(0, 20)))
                .items()).isEmpty();
    }

    @Test
    @DisplayName("an e-mail prefix with % or _ is matched literally")
    void likeWildcardsAreLiteral() {
        ClientProfile zoe = profile("Zoe", "Smith", "zoe_s@example.com", "07911 123456", LocalDate.of(1990, 4, 15));
        ClientProfile other = profile("Zoe", "Smyth", "zoeXs@example.com", "07911 123457", LocalDate.of(1990, 4, 15));
        doInA(() -> {
            profiles().insert(zoe);
            profiles().insert(other);
        });

        assertThat(search(ClientSearchQuery.freeText("zoe_s@"), false).items()).containsExactly(zoe);
        assertThat(search(ClientSearchQuery.freeText("zoe%@"), false).items()).isEmpty();
    }

    @Test
    @DisplayName("search pages by last name, first name, and counts every match")
    void paging() {
        doInA(() -> {
            for (int i = 0; i < 5; i++) {
                profiles().insert(profile("Amy" + i, "Page", "amy" + i + "@example.com", "07911 12345" + i,
                        LocalDate.of(1990, 1, 1)));
            }
        });

        Page<ClientProfile> second = inA(() -> profiles().search(ClientSearchQuery.freeText("page"), false,
                new PageRequest(1, 2)));
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.items()).extracting(ClientProfile::firstName).containsExactly("Amy2", "Amy3");
    }

    @Test
    @DisplayName("a broad search pages by last name, first name and id: each page continues the one before, and every"
            + " page, a last part-filled one or one past the end, counts each matching client once")
    void broadNameSearchPages() {
        List<ClientProfile> inOrder = new ArrayList<>(List.of(numbered("Emilia", "Brown", 1),
                numbered("Emma", "Emerson", 2), numbered("Emily", "Page", 3), numbered("Emma", "Page", 4),
                numbered("Emma", "Taylor", 5), numbered("Emma", "Taylor", 6), numbered("Emma", "Young", 7)));
        inOrder.sort(Comparator.comparing(ClientProfile::lastName).thenComparing(ClientProfile::firstName)
                .thenComparing(profile -> profile.id().toString()));
        ClientProfile archived = numbered("Emily", "Archer", 8);
        doInA(() -> {
            for (int i = inOrder.size() - 1; i >= 0; i--) {
                profiles().insert(inOrder.get(i));
            }
            profiles().insert(archived);
            profiles().update(archived.archived());
            profiles().insert(numbered("Olivia", "Smith", 9));
        });

        List<ClientProfile> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            int number = page;
            Page<ClientProfile> found = inA(() -> profiles().search(ClientSearchQuery.freeText("em"), false,
                    new PageRequest(number, 3)));
            assertThat(found.total()).isEqualTo(7);
            paged.addAll(found.items());
        }
        assertThat(paged).containsExactlyElementsOf(inOrder);
        assertThat(inA(() -> profiles().search(ClientSearchQuery.freeText("em"), false, new PageRequest(5, 3))))
                .extracting(Page::items, Page::total).containsExactly(List.of(), 7L);
        assertThat(inA(() -> profiles().search(ClientSearchQuery.freeText("1990-01"), false, new PageRequest(1, 5))))
                .extracting(found -> found.items().size(), Page::total).containsExactly(3, 8L);
        assertThat(inA(() -> profiles().search(ClientSearchQuery.freeText("1990-01"), false, new PageRequest(2, 5))))
                .extracting(Page::items, Page::total).containsExactly(List.of(), 8L);
        assertThat(inA(() -> profiles().search(ClientSearchQuery.freeText("em"), true, new PageRequest(0, 20)))
                .items()).first().isEqualTo(archived.archived());
        Page<ClientProfile> taylors = inA(() -> profiles().search(ClientSearchQuery.freeText("TAY em"), false,
                new PageRequest(0, 20)));
        assertThat(taylors.items()).extracting(ClientProfile::lastName).containsExactly("Taylor", "Taylor");
        assertThat(taylors.total()).isEqualTo(2);
        assertThat(inA(() -> profiles().search(ClientSearchQuery.of("em", null, "07911 200005", null), false,
                new PageRequest(0, 20))).items()).extracting(ClientProfile::lastName).containsExactly("Taylor");
    }

    @Test
    @DisplayName("a renamed client is found and ordered under its new name only")
    void renamedClientSearchedByNewName() {
        ClientProfile young = numbered("Emma", "Young", 1);
        ClientProfile brown = numbered("Emma", "Brown", 2);
        doInA(() -> {
            profiles().insert(young);
            profiles().insert(brown);
            profiles().update(young.withIdentity("Emma", "Adams", young.dateOfBirth()));
        });

        assertThat(search(ClientSearchQuery.freeText("emma"), false).items()).extracting(ClientProfile::lastName)
                .containsExactly("Adams", "Brown");
        assertThat(search(ClientSearchQuery.freeText("young"), false).items()).isEmpty();
        assertThat(search(ClientSearchQuery.freeText("adam"), false).items()).extracting(ClientProfile::id)
                .containsExactly(young.id());
    }

    @Test
    @DisplayName("each typed word starts some word of the name, in any order and possibly the same word twice; a "
            + "renamed, archived or merged client is found by several words as by one")
    void severalNameWords() {
        ClientProfile smith = numbered("Emma", "Smith", 1);
        ClientProfile jones = numbered("Emily", "Jones-Smythe", 2);
        ClientProfile renamed = numbered("Emma", "Young", 3);
        ClientProfile archived = numbered("Emilia", "Smart", 4);
        ClientProfile absorbed = numbered("Emma", "Smith", 5);
        doInA(() -> {
            for (ClientProfile each : List.of(smith, jones, renamed, archived, absorbed)) {
                profiles().insert(each);
            }
            profiles().update(renamed.withIdentity("Emma", "Smalley", renamed.dateOfBirth()));
            profiles().update(archived.archived());
            profiles().update(merged(absorbed, smith.id()));
        });

        assertThat(search(ClientSearchQuery.freeText("em sm"), false).items()).extracting(ClientProfile::lastName)
                .containsExactly("Jones-Smythe", "Smalley", "Smith");
        Page<ClientProfile> firstTwo = inA(() -> profiles().search(ClientSearchQuery.freeText("SM EM"), false,
                new PageRequest(0, 2)));
        Page<ClientProfile> last = inA(() -> profiles().search(ClientSearchQuery.freeText("SM EM"), false,
                new PageRequest(1, 2)));
        assertThat(firstTwo).extracting(Page::total, found -> found.items().size()).containsExactly(3L, 2);
        assertThat(last.items()).extracting(ClientProfile::lastName).containsExactly("Smith");
        assertThat(search(ClientSearchQuery.freeText("em sm"), true).items()).extracting(ClientProfile::lastName)
                .containsExactly("Jones-Smythe", "Smalley", "Smart", "Smith");
        assertThat(search(ClientSearchQuery.freeText("em sm jo"), false).items()).extracting(ClientProfile::id)
                .containsExactly(jones.id());
        assertThat(search(ClientSearchQuery.freeText("smith smi"), false).items()).extracting(ClientProfile::id)
                .containsExactly(smith.id());
        assertThat(search(ClientSearchQuery.freeText("em you"), false).items()).isEmpty();
        assertThat(search(ClientSearchQuery.freeText("em sm"), false).items()).extracting(ClientProfile::id)
                .doesNotContain(absorbed.id());
    }

    @Test
    @DisplayName("a client is found by the first twenty distinct words of a long name, by one word or several, and "
            + "not by a later word")
    void longNames() {
        ClientProfile picasso = profile("Ana " + IntStream.rangeClosed(2, 19).mapToObj(i -> "W" + i)
                .collect(Collectors.joining(" ")), "Ruiz Picasso", "ana@example.com", "07911 300001",
                LocalDate.of(1990, 1, 1));
        doInA(() -> profiles().insert(picasso));

        assertThat(search(ClientSearchQuery.freeText("ana ruiz"), false).items()).containsExactly(picasso);
        assertThat(search(ClientSearchQuery.freeText("w19 ana w2"), false).items()).containsExactly(picasso);
        assertThat(search(ClientSearchQuery.freeText("ruiz"), false).items()).containsExactly(picasso);
        assertThat(search(ClientSearchQuery.freeText("picasso"), false).items()).isEmpty();
        assertThat(search(ClientSearchQuery.freeText("ana picasso"), false).items()).isEmpty();
    }

    @Test
    @DisplayName("archived clients are found only when asked for; merged clients never, and are listed under the survivor")
    void archivedAndMerged() {
        ClientProfile kept = profile("Kim", "Kept", "kim@example.com", "07911 100001", LocalDate.of(1990, 1, 1));
        ClientProfile archived = profile("Kim", "Archived", "kima@example.com", "07911 100002",
                LocalDate.of(1990, 1, 1));
        ClientProfile absorbed = profile("Kim", "Kept", "kim@example.com", "07911 100003", LocalDate.of(1990, 1, 2));
        doInA(() -> {
            profiles().insert(kept);
            profiles().insert(archived);
            profiles().insert(absorbed);
            profiles().update(archived.archived());
            profiles().update(merged(absorbed, kept.id()));
        });

        assertThat(search(ClientSearchQuery.freeText("kim"), false).items()).extracting(ClientProfile::id)
                .containsExactly(kept.id());
        assertThat(search(ClientSearchQuery.freeText("kim"), true).items()).extracting(ClientProfile::id)
                .containsExactly(archived.id(), kept.id());
        assertThat(inA(() -> profiles().mergedInto(kept.id()))).extracting(ClientProfile::id)
                .containsExactly(absorbed.id());
        assertThat(inA(() -> profiles().find(absorbed.id()))).get().extracting(ClientProfile::status)
                .isEqualTo(ClientStatus.MERGED);
    }

    @Test
    @DisplayName("a merged client keeps its identity, and a survivor may take the same identity")
    void mergedIdentityFreed() {
        ClientProfile survivor = profile("Kim", "Kept", "kim@example.com", "07911 100001", LocalDate.of(1990, 1, 1));
        ClientProfile absorbed = profile("Kim", "Kept", "kim2@example.com", "07911 100003", LocalDate.of(1990, 1, 1));
        doInA(() -> {
            profiles().insert(survivor);
            profiles().insert(absorbed);
            profiles().update(merged(absorbed, survivor.id()));
            profiles().update(survivor.withContactDetails(absorbed.email(), survivor.phone()));
        });

        assertThat(inA(() -> profiles().find(survivor.id()))).get().extracting(ClientProfile::email)
                .isEqualTo(absorbed.email());
    }

    @Test
    @DisplayName("two current clients with one identity are refused as identity taken")
    void identityUnique() {
        ClientProfile first = profile("Kim", "Kept", "kim@example.com", "07911 100001", LocalDate.of(1990, 1, 1));
        ClientProfile second = profile("KIM", "kept", "KIM@example.com", "07911 100002", LocalDate.of(1990, 1, 1));
        doInA(() -> profiles().insert(first));

        assertThatThrownBy(() -> doInA(() -> profiles().insert(second)))
                .isInstanceOf(ClientIdentityTakenException.class);
    }

    @Test
    @DisplayName("history entries come back whole, oldest first, in their tenant only")
    void history() {
        ClientProfile kim = profile("Kim", "Kept", "kim@example.com", "07911 100001", LocalDate.of(1990, 1, 1));
        ClientProfile edited = kim.withIdentity("Kim", "Kept-Smith", kim.dateOfBirth());
        ClientChange created = ClientChange.created(kim, STAFF, AT);
        ClientChange change = ClientChange.edited(kim, edited, STAFF, AT.plusSeconds(60)).orElseThrow();
        doInA(() -> {
            profiles().insert(kim);
            profiles().append(created);
            profiles().update(edited);
            profiles().append(change);
        });

        assertThat(inA(() -> profiles().history(kim.id()))).containsExactly(created, change);
        assertThat(inA(() -> profiles().history(kim.id()))).extracting(ClientChange::kind)
                .containsExactly(ChangeKind.CREATED, ChangeKind.EDITED);
        assertThat(inB(() -> profiles().history(kim.id()))).isEmpty();
        assertThat(inA(() -> profiles().hasHistory(List.of(ClientId.random(), kim.id())))).isTrue();
        assertThat(inA(() -> profiles().hasHistory(List.of(ClientId.random())))).isFalse();
        assertThat(inA(() -> profiles().hasHistory(List.of()))).isFalse();
        assertThat(inB(() -> profiles().hasHistory(List.of(kim.id())))).isFalse();
    }

    @Test
    @DisplayName("a client a booking created is a searchable profile, with its possible-duplicate flags")
    void bookingClientsAreProfiles() {
        Client emma = new Client(ClientId.random(), tenantA, "Emma", "Jones", new EmailAddress("emma@example.com"),
                new PhoneNumber("07700 900123"), LocalDate.of(1988, 3, 12));
        Client mallory = new Client(ClientId.random(), tenantA, "Mallory", "Other",
                new EmailAddress("emma@example.com"), new PhoneNumber("07911 123456"), LocalDate.of(1970, 6, 1));
        doInA(() -> {
            ports.clients().insert(emma);
            ports.clients().insert(mallory);
            ports.clients().flagPossibleDuplicates(mallory.id(), List.of(emma.id()), AT);
        });

        assertThat(search(ClientSearchQuery.freeText("mall"), false).items()).extracting(ClientProfile::id)
                .containsExactly(mallory.id());
        ClientProfile found = inA(() -> profiles().find(mallory.id())).orElseThrow();
        assertThat(found.possibleDuplicates()).containsExactly(emma.id());
        assertThat(found.contact()).isEqualTo(ContactPreferences.NONE);

        doInA(() -> profiles().update(found.withoutPossibleDuplicate(emma.id())));
        assertThat(inA(() -> ports.clients().possibleDuplicatesOf(mallory.id()))).isEmpty();
    }
}
