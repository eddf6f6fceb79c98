package org.socialsim.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A teaching group: one tutor owns it and marks its students' work. */
@Entity
@Table(name = "cohort")
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private UserAccount owner;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "cohort_member",
            joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "student_id"))
    private Set<UserAccount> members = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Cohort() {
        // for JPA
        this.name = "";
        this.createdAt = Instant.EPOCH;
    }

    public Cohort(String name, UserAccount owner, Instant createdAt) {
        this.name = name;
        this.owner = owner;
        this.createdAt = createdAt;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("cohort " + name + " has not been saved yet");
        }
        return id;
    }

    public String getName() {
        return name;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public Set<UserAccount> getMembers() {
        return Collections.unmodifiableSet(members);
    }

    public boolean hasMember(long userId) {
        return members.stream().anyMatch(member -> member.getId() == userId);
    }

    public void addMember(UserAccount student) {
        members.add(student);
    }

    public void removeMember(UserAccount student) {
        members.removeIf(member -> member.getId() == student.getId());
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
