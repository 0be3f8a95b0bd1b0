package helsinki.store;

import helsinki.core.EntityType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The canonical actors' tables, read and written inside one {@link Transaction}: actors, the document
 * entities linked to them, their lookup keys, and people's pins and decisions.
 */
public final class ActorTable {

  /** What a person's decision pinned to an actor. */
  public enum Pin {
    /** A form that belongs to the actor. */
    ALIAS,
    /** A folded name that must never join the actor. */
    BLOCK
  }

  /** An actor's own row: its id, type, name and country, and the actor it was merged into (or null). */
  public record Row(String id, EntityType type, String name, @Nullable String country, @Nullable String mergedInto) {}

  private final Sql sql;

  ActorTable(Sql sql) {
    this.sql = sql;
  }

  /** Adds a new actor and returns its id. */
  public String create(EntityType type, String name, @Nullable String country, Instant now) {
    String id = "a-" + Transaction.next(sql, "actor");
    sql.update("INSERT INTO actors (id, type, name, country, created_at, updated_at) VALUES (?,?,?,?,?,?)",
        id, type.name(), name, country, now.toEpochMilli(), now.toEpochMilli());
    return id;
  }

  /** Sets an actor's type, name and country. */
  public void update(String id, EntityType type, String name, @Nullable String country, Instant now) {
    sql.update("UPDATE actors SET type = ?, name = ?, country = ?, updated_at = ? WHERE id = ?",
        type.name(), name, country, now.toEpochMilli(), id);
  }

  /** The actor's own row, merged or not. */
  public Optional<Row> row(String id) {
    return sql.first("SELECT id, type, name, country, merged_into FROM actors WHERE id = ?",
        rs -> new Row(rs.getString(1), EntityType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
            rs.getString(5)), id);
  }

  /** The actor that {@code id} is now (itself, or the actor it was merged into), if there is one. */
  public Optional<String> resolve(String id) {
    Optional<Row> row = row(id);
    for (int hops = 0; row.isPresent() && row.get().mergedInto() != null && hops < 100; hops++) {
      row = row(row.get().mergedInto());
    }
    return row.filter(r -> r.mergedInto() == null).map(Row::id);
  }

  /** The live actors filed under any of {@code keys}, in id order. */
  public List<String> withKeys(Collection<String> keys) {
    Set<String> found = new LinkedHashSet<>();
    for (String key : keys) {
      sql.list("SELECT DISTINCT actor_id FROM actor_keys WHERE lookup_key = ? ORDER BY actor_id", rs -> rs.getString(1), key)
          .forEach(id -> resolve(id).ifPresent(found::add));
    }
    return List.copyOf(found);
  }

  /** Links a document's entity to its actor and files the actor under {@code keys} for that document. */
  public void link(ActorEntity e, Collection<String> keys) {
    sql.update("INSERT INTO actor_entities (" + ActorRows.ENTITY_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?)",
        e.documentId(), e.entityId(), e.actorId(), e.type().name(), e.name(), Rows.json(e.aliases()),
        Rows.json(e.roles()), e.country(), Rows.date(e.seen()));
    addKeys(e.actorId(), e.documentId(), keys);
  }

  /** Files an actor under {@code keys}: for a document, or with {@code documentId} "" for a person's decision. */
  public void addKeys(String actorId, String documentId, Collection<String> keys) {
    for (String key : keys) {
      sql.update("INSERT INTO actor_keys (lookup_key, actor_id, document_id) SELECT ?, ?, ? WHERE NOT EXISTS"
          + " (SELECT 1 FROM actor_keys WHERE lookup_key = ? AND actor_id = ? AND document_id = ?)",
          key, actorId, documentId, key, actorId, documentId);
    }
  }

  /** Removes a document's links and keys (before it is linked again); returns the actors it named. */
  public Set<String> forgetDocument(String documentId) {
    Set<String> actors = new LinkedHashSet<>(sql.list("SELECT DISTINCT actor_id FROM actor_entities WHERE document_id = ?",
        rs -> rs.getString(1), documentId));
    sql.update("DELETE FROM actor_entities WHERE document_id = ?", documentId);
    sql.update("DELETE FROM actor_keys WHERE document_id = ?", documentId);
    return actors;
  }

  /** The document entities linked to an actor, in document and entity order. */
  public List<ActorEntity> entitiesOf(String actorId) {
    return sql.list("SELECT " + ActorRows.ENTITY_COLUMNS + " FROM actor_entities WHERE actor_id = ? ORDER BY document_id, entity_id",
        ActorRows::entity, actorId);
  }

  /** The actor that entity {@code entityId} of document {@code documentId} is, if it was linked. */
  public Optional<String> actorOf(String documentId, String entityId) {
    return sql.first("SELECT actor_id FROM actor_entities WHERE document_id = ? AND entity_id = ?",
        rs -> rs.getString(1), documentId, entityId);
  }

  /** Moves every entity, key and pin of actor {@code from} to actor {@code to} and marks {@code from} merged into it. */
  public void merge(String from, String to, Instant now) {
    sql.update("UPDATE actor_entities SET actor_id = ? WHERE actor_id = ?", to, from);
    sql.update("DELETE FROM actor_keys WHERE actor_id = ? AND EXISTS (SELECT 1 FROM actor_keys k WHERE k.actor_id = ?"
        + " AND k.lookup_key = actor_keys.lookup_key AND k.document_id = actor_keys.document_id)", from, to);
    sql.update("UPDATE actor_keys SET actor_id = ? WHERE actor_id = ?", to, from);
    sql.update("UPDATE actor_pins SET actor_id = ? WHERE actor_id = ?", to, from);
    sql.update("UPDATE actors SET merged_into = ?, updated_at = ? WHERE id = ?", to, now.toEpochMilli(), from);
  }

  /** Moves one document entity to another actor. */
  public void move(String documentId, String entityId, String to) {
    sql.update("UPDATE actor_entities SET actor_id = ? WHERE document_id = ? AND entity_id = ?", to, documentId, entityId);
  }

  /** Pins {@code value} to an actor by decision {@code decisionId}. */
  public void pin(String actorId, Pin kind, String value, long decisionId) {
    sql.update("INSERT INTO actor_pins (actor_id, kind, pinned, decision_id) VALUES (?,?,?,?)",
        actorId, kind.name(), value, decisionId);
  }

  /** Removes what decisions pinned to an actor under {@code value} (a later decision undid it). */
  public void unpin(String actorId, Pin kind, String value) {
    sql.update("DELETE FROM actor_pins WHERE actor_id = ? AND kind = ? AND pinned = ?", actorId, kind.name(), value);
  }

  /** The entities of one document that are linked to actors, in entity order. */
  public List<ActorEntity> entitiesIn(String documentId) {
    return sql.list("SELECT " + ActorRows.ENTITY_COLUMNS + " FROM actor_entities WHERE document_id = ? ORDER BY entity_id",
        ActorRows::entity, documentId);
  }

  /** What decisions pinned to an actor, oldest first. */
  public List<String> pins(String actorId, Pin kind) {
    return sql.list("SELECT pinned FROM actor_pins WHERE actor_id = ? AND kind = ? ORDER BY decision_id, pinned",
        rs -> rs.getString(1), actorId, kind.name());
  }

  /** Records a person's decision and returns its number. */
  public long decide(ActorDecision.Kind kind, String actorId, String subject, String resultId, String who, Instant now) {
    long id = Transaction.next(sql, "actor_decision");
    sql.update("INSERT INTO actor_decisions (id, kind, actor_id, subject, result_id, decided_by, decided_at) VALUES (?,?,?,?,?,?,?)",
        id, kind.name(), actorId, subject, resultId, who, now.toEpochMilli());
    return id;
  }

  /** The decisions about an actor (as decided about, merged, or made by a split), oldest first. */
  public List<ActorDecision> decisions(String actorId) {
    return sql.list("SELECT id, kind, actor_id, subject, result_id, decided_by, decided_at FROM actor_decisions"
            + " WHERE actor_id = ? OR result_id = ? OR (kind = 'MERGE' AND subject = ?) ORDER BY id",
        rs -> new ActorDecision(rs.getLong(1), ActorDecision.Kind.valueOf(rs.getString(2)), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), Instant.ofEpochMilli(rs.getLong(7))),
        actorId, actorId, actorId);
  }

  /** Deletes an actor that no entity, pin or decision refers to any more (its last document named it no longer). */
  public boolean deleteIfUnused(String id) {
    long used = sql.count("SELECT (SELECT COUNT(*) FROM actor_entities WHERE actor_id = ?)"
        + " + (SELECT COUNT(*) FROM actor_pins WHERE actor_id = ?)"
        + " + (SELECT COUNT(*) FROM actor_decisions WHERE actor_id = ? OR result_id = ? OR subject = ?)"
        + " + (SELECT COUNT(*) FROM actors WHERE merged_into = ?)", id, id, id, id, id, id);
    if (used > 0) {
      return false;
    }
    sql.update("DELETE FROM actor_keys WHERE actor_id = ?", id);
    return sql.update("DELETE FROM actors WHERE id = ? AND merged_into IS NULL", id) == 1;
  }

  /** The live actor {@code id} (following merges) with its aliases, roles and documents. */
  public Optional<StoredActor> actor(String id) {
    return resolve(id).flatMap(this::row).map(r ->
        ActorRows.actor(r.id(), r.type(), r.name(), r.country(), entitiesOf(r.id()), pins(r.id(), Pin.ALIAS)));
  }

  /**
   * The live actors named by some document whose name or forms contain {@code query} (ignoring case;
   * every actor when it is null or blank), by name, at most {@code limit}.
   */
  public List<StoredActor> list(@Nullable String query, int limit) {
    String like = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
    List<String> ids = sql.list("SELECT a.id, a.name FROM actors a WHERE a.merged_into IS NULL AND EXISTS"
            + " (SELECT 1 FROM actor_entities e WHERE e.actor_id = a.id) AND (LOWER(a.name) LIKE ? OR EXISTS"
            + " (SELECT 1 FROM actor_entities e WHERE e.actor_id = a.id AND (LOWER(e.name) LIKE ? OR LOWER(e.aliases) LIKE ?)))"
            + " ORDER BY LOWER(a.name), a.id LIMIT ?",
        rs -> rs.getString(1), like, like, like, limit);
    List<StoredActor> actors = new ArrayList<>();
    ids.forEach(id -> actor(id).ifPresent(actors::add));
    return actors;
  }
}
