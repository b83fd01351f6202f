package cn.daxiang.justice.kit.person;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A list's search for persons ({@link PersonSearch}): {@code name} and {@code idNumber}, each optional. */
public class PersonQuery {

    @QueryParam("name")
    @Parameter(description = "Name: exact, a prefix, or with one wrong, missing or extra character (two characters or more) / "
            + "姓名检索：完全匹配、前缀匹配或容错一个字", example = "张三丰")
    public String name;

    @QueryParam("idNumber")
    @Parameter(description = "Resident ID number, the full 18 characters only (a partial number is refused) / 公民身份号码（须完整18位）",
            example = "11010519491231002X")
    public String idNumber;

    public PersonQuery() {
    }

    public PersonQuery(String name, String idNumber) {
        this.name = name;
        this.idNumber = idNumber;
    }
}
