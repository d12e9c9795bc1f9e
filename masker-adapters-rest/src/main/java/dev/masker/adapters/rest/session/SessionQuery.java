package dev.masker.adapters.rest.session;

import dev.masker.adapters.rest.auth.CurrentCaller;
import dev.masker.adapters.rest.error.ApiError;
import dev.masker.application.port.in.Caller;
import jakarta.ws.rs.core.UriInfo;

/** What the session resources share: the caller, allowed to read sessions, and error answers. */
public final class SessionQuery {
  static final String READ = "sessions:read";

  private SessionQuery() {}

  /** The caller, when they may read sessions: 401 for nobody, 403 without the permission. */
  static Caller reader(CurrentCaller current) {
    var caller = current.get();
    if (!caller.may(READ)) {
      throw ApiError.forbidden("Reading sessions needs the sessions:read permission");
    }
    return caller;
  }

  /**
   * The query parameter as given: {@code ?limit=} is an empty value, to refuse like any other bad
   * one, where the framework would hand the resource a null as if the parameter were absent.
   */
  static String given(UriInfo uri, String name, String value) {
    if (value != null) {
      return value;
    }
    return uri.getQueryParameters().containsKey(name) ? "" : null;
  }

  public static ApiError sessionNotFound(String id) {
    return new ApiError(404, "session_not_found", "No session with id " + shown(id));
  }

  static ApiError agentNotFound(String id) {
    return new ApiError(404, "agent_not_found", "No agent with id " + shown(id));
  }

  /** An id as a message may quote it: only when it looks like an id, since it is the caller's. */
  private static String shown(String id) {
    return id != null && id.length() <= 40 && id.matches("[A-Za-z0-9_]*") ? id : "given";
  }
}
