package fr.bocage.training.course;

import java.math.BigDecimal;
import java.util.List;

/** A course's own fields, checked: enums resolved, sessions dated, soonest first; a null price is free. */
record CourseDetails(String objectives, CourseLevel level, CourseFormat format, String duration,
        String prerequisites, BigDecimal price, String platformUrl, List<CourseSession> sessions) {
}
