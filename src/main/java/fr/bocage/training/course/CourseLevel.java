package fr.bocage.training.course;

import fr.bocage.platform.Messages;
import fr.bocage.platform.rest.ApiNames;




/** How far a course goes; its API name (introduction, intermediate, expert) is also its search facet value. */
public enum CourseLevel {
    INTRODUCTION, INTERMEDIATE, EXPERT;

    public String code() {
        return ApiNames.of(this);
    }

    /** « Découverte », « Approfondissement », « Expertise ». */
    public String label() {
        return Messages.get("course.level." + code());
    }
}
