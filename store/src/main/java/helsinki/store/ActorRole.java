package helsinki.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A role an actor was seen with, and the first and last dates of the documents that give it (null when undated). */
public record ActorRole(String role, @Nullable LocalDate first, @Nullable LocalDate last) {}
