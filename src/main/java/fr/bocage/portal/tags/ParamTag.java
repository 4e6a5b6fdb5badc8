package fr.bocage.portal.tags;

import jakarta.servlet.jsp.JspTagException;
import jakarta.servlet.jsp.tagext.SimpleTagSupport;

/** A parameter of the enclosing {@link MessageTag}, escaped for HTML when the message is printed. */
public class ParamTag extends SimpleTagSupport {
    private Object value;

    public void setValue(Object value) {
        this.value = value;
    }

    @Override
    public void doTag() throws JspTagException {
        if (!(findAncestorWithClass(this, MessageTag.class) instanceof MessageTag message)) {
            throw new JspTagException("<ui:param> outside <ui:message>");
        }
        message.addParam(value);
    }
}
