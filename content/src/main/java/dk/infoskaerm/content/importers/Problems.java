package dk.infoskaerm.content.importers;

import java.util.ArrayList;
import java.util.List;

/** A capped list of problems, like jsoup's ParseErrorList: past the cap they are only counted. */
final class Problems {

    private final List<String> list = new ArrayList<>();
    private int dropped;

    void add(String problem) {
        if (list.size() < ImportResult.MAX_PROBLEMS) {
            list.add(problem);
        } else {
            dropped++;
        }
    }

    List<String> toList() {
        if (dropped == 0) {
            return List.copyOf(list);
        }
        List<String> all = new ArrayList<>(list);
        all.add(ImportTexts.get("problems.more", dropped));
        return all;
    }
}
